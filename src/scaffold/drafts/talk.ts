import { placeholder as p } from '../../validation/placeholders.ts';
import { yamlBlock, yamlString } from '../yaml-text.ts';

/**
 * The text of a new talk, published as a transcript until a recording is added: a recording needs a
 * file in public/ and its captions, which no placeholder can stand in for.
 */
export const talkDraft = ({ id, title, date }: { id: string; title: string; date: string }) => `\
---
id: ${id}
title: ${yamlString(title)}
speakers:
  - name: ${yamlString(p("Write the speaker's name here"))}
    role: ${yamlString(p('Write their role here, for example Practice educator, or delete this line'))}
date: ${date}
duration: "10:00" # length of the talk: minutes:seconds, or hours:minutes:seconds
summary: ${yamlBlock(p('Write two or three sentences here on what the talk covers'), '  ')}
outcomes:
  - ${yamlString(p('Write here what a listener can do afterwards, starting with a verb'))}
cpdMinutes: 15 # CPD minutes a learner may record for listening and reflecting
---

${p('Write the transcript here: a ## heading for each chapter, and each speaker’s turn starting with their name in bold')}
`;
