import { placeholder as p } from '../../validation/placeholders.ts';
import { yamlBlock, yamlString } from '../yaml-text.ts';

/** The text of a new glossary term: the title is the term itself. */
export const termDraft = ({ id, title, schema }: { id: string; title: string; schema: string }) => `\
# yaml-language-server: $schema=${schema}
id: ${id}
term: ${yamlString(title)}
definition: ${yamlBlock(p('Write a plain-English definition here, in one to three sentences'), '  ')}
`;
