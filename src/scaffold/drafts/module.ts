import { placeholder as p } from '../../validation/placeholders.ts';
import { yamlBlock, yamlString } from '../yaml-text.ts';

export interface ModuleDraft {
  id: string;
  title: string;
  course: string;
  order: number;
}

/**
 * The text of a new module: its details, then a body shaped like the existing modules (an opening
 * paragraph, a section, a reflection prompt, key points), so the trainer fills it in rather than starts blank.
 */
export const moduleDraft = ({ id, title, course, order }: ModuleDraft) => `\
---
id: ${id}
course: ${course}
order: ${order}
title: ${yamlString(title)}
summary: ${yamlBlock(p('Write one or two sentences here, shown in the course outline and search results'), '  ')}
minutes: 30 # estimated minutes to work through the module, including its case
objectives:
  - ${yamlString(p('Write here what a learner can do after this module, starting with a verb'))}
# references: ids of the resources this module cites, from content/resources/
---

${p('Write an opening paragraph here: what this module is about, and why it matters to practice')}

## ${p('Write the first section heading here')}

${p('Write the teaching text of this section here')}

<Reflection id="first-reflection">

${p('Write a reflection prompt here: a question learners answer from their own practice')}

</Reflection>

<Callout type="key-point" title="Key points">

- ${p('Write the first key point here')}

</Callout>
`;
