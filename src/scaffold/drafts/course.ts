import { COURSE_LEVELS } from '../../schemas/course.ts';
import { placeholder as p } from '../../validation/placeholders.ts';
import { yamlBlock, yamlString } from '../yaml-text.ts';

/** The text of a new `course.yaml`. `schema` is the JSON Schema's path from the file, for editor hints. */
export const courseDraft = ({ id, title, schema }: { id: string; title: string; schema: string }) => `\
# yaml-language-server: $schema=${schema}
id: ${id}
title: ${yamlString(title)}
summary: ${yamlBlock(p('Write one or two sentences here saying what the course is for'), '  ')}
audience:
  - ${yamlString(p('Write who the course is for here, for example Social workers'))}
level: ${COURSE_LEVELS[0]} # or ${COURSE_LEVELS.slice(1).join(', ')}
outcomes:
  - ${yamlString(p('Write here what a learner can do after the whole course, starting with a verb'))}
cpdMinutes: 60 # CPD minutes a learner may record for the whole course: your decision
`;
