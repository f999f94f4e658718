import { RESOURCE_TYPES } from '../../schemas/resource.ts';
import { placeholder as p } from '../../validation/placeholders.ts';
import { yamlBlock, yamlString } from '../yaml-text.ts';

export interface ResourceDraft {
  id: string;
  title: string;
  schema: string;
  year: number;
}

/** The text of a new resource in the library. */
export const resourceDraft = ({ id, title, schema, year }: ResourceDraft) => `\
# yaml-language-server: $schema=${schema}
id: ${id}
title: ${yamlString(title)}
type: ${RESOURCE_TYPES[0]} # or ${RESOURCE_TYPES.slice(1).join(', ')}
authors:
  - ${yamlString(p('Write an author, or the organisation that published it, here'))}
year: ${year} # year of publication
citation: ${yamlBlock(p('Write the full reference here, as it appears in a reference list'), '  ')}
# url: add the full https:// address here when the work can be read online
summary: ${yamlBlock(p('Write two sentences here in your own words: what it is, and why it matters to practice'), '  ')}
topics:
  - ${yamlString(p('Write a topic for the library filters here, for example risk assessment'))}
`;
