import { QUESTION_KINDS } from '../../schemas/case.ts';
import { placeholder as p } from '../../validation/placeholders.ts';
import { yamlBlock, yamlString } from '../yaml-text.ts';

/**
 * The text of a new case: one stage with one single-choice question, the smallest case the schema
 * accepts, with ids the trainer can keep or rename before it is published.
 */
export const caseDraft = ({ id, title, schema }: { id: string; title: string; schema: string }) => `\
# yaml-language-server: $schema=${schema}
id: ${id}
title: ${yamlString(title)}
summary: ${yamlBlock(p('Write one sentence here, shown before the case starts'), '  ')}
introduction: |
  ${p('Write here who the family are, and how the case reaches the practitioner')}
passMark: 70 # percentage of the scored marks a learner needs to pass
# You may rename the ids below to describe each stage, question and option, until the case is published.
stages:
  - id: first-stage
    title: ${yamlString(p('Write the stage title here, for example The nursery calls'))}
    narrative: |
      ${p('Write here what the practitioner learns at this stage')}
    questions:
      - id: first-question
        kind: single # other kinds: ${QUESTION_KINDS.filter((kind) => kind !== 'single').join(', ')} (see the guide)
        prompt: ${yamlString(p('Write the question here'))}
        options:
          - id: stronger-option
            text: ${yamlString(p('Write the strongest option here'))}
            correct: true
            feedback: ${yamlBlock(p('Write here why this option is the strongest'), '              ')}
          - id: weaker-option
            text: ${yamlString(p('Write a weaker option here'))}
            feedback: ${yamlBlock(p('Write here why this option is weaker'), '              ')}
`;
