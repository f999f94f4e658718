import { NEW_CONTENT_KINDS, type NewContentKind } from './kinds.ts';

/** What the trainer should look at besides the placeholders: the values filled in for them. */
const FILLED_IN: Record<NewContentKind, string> = {
  course: '`level` and `cpdMinutes`',
  module: '`minutes`',
  case: '`passMark`, and which option is `correct`',
  talk: '`date`, `duration` and `cpdMinutes`',
  resource: '`type` and `year`',
  term: '',
};

/** The step that makes the new entry part of the site, where one is needed. */
const CONNECT: Record<NewContentKind, (id: string) => string> = {
  course: (id) =>
    `Add its first module: \`npm run new -- module --course ${id}\`. Until it has one, the check reports that the course has no modules.`,
  module: () => 'To give it a practice case, run `npm run new -- case`, then add `<Case id="…" />` to the module.',
  case: (id) => `Show it in a module: add \`<Case id="${id}" />\` on a line of its own.`,
  talk: (id) =>
    `It is published as a transcript for now. To add a recording, put it in public/talks/, save its captions as ${id}.vtt beside the talk, and add \`media:\` (see /trainers/talks/#the-recording).`,
  resource: (id) => `Cite it in a module: add \`- ${id}\` under the module's \`references\`.`,
  term: (id) => `Use it in a module or talk: \`<GlossaryTerm id="${id}">…</GlossaryTerm>\`.`,
};

/** The lines printed after a new file is written: what was written, then numbered next steps. */
export function nextSteps(kind: NewContentKind, file: string, id: string): string[] {
  const guide = NEW_CONTENT_KINDS[kind].guide;
  const check = FILLED_IN[kind] ? ` Check the values filled in for you: ${FILLED_IN[kind]}.` : '';
  const steps = [
    `Open ${file} and replace each [[…]] with your own words.${check}`,
    CONNECT[kind](id),
    'Run `npm run check:content`: it lists anything still to fix, including any [[…]] left.',
    `Each field is explained at ${guide} in the trainers' guide (run \`npm run dev\`, then open http://localhost:4321${guide}).`,
  ];
  return [
    `Wrote ${file}: a new ${kind} with the id \`${id}\`.`,
    '',
    'Next:',
    ...steps.map((step, i) => `${i + 1}. ${step}`),
  ];
}
