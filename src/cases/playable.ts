import type { CaseQuestion, CaseStudy } from '../schemas/case.ts';

/** Turns Markdown into HTML. */
export type RenderMarkdown = (markdown: string) => string;

/**
 * The case with every Markdown field rendered as HTML at build time, so the player island ships no
 * Markdown parser. Ids, flags and ranges stay as they are, so scoring and fingerprints are unchanged.
 */
export function toPlayableCase(study: CaseStudy, block: RenderMarkdown, inline: RenderMarkdown): CaseStudy {
  return {
    ...study,
    introduction: block(study.introduction),
    stages: study.stages.map((stage) => ({
      ...stage,
      narrative: block(stage.narrative),
      questions: stage.questions.map((question) => renderQuestion(question, block, inline)),
    })),
  };
}

function renderQuestion(question: CaseQuestion, block: RenderMarkdown, inline: RenderMarkdown): CaseQuestion {
  const prompt = block(question.prompt);
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return {
        ...question,
        prompt,
        options: question.options.map((o) => ({ ...o, text: inline(o.text), feedback: block(o.feedback) })),
      };
    case 'ranking':
      return {
        ...question,
        prompt,
        items: question.items.map((item) => ({ ...item, text: inline(item.text) })),
        feedback: block(question.feedback),
      };
    case 'rating':
      return { ...question, prompt, feedback: block(question.feedback) };
    case 'reflection':
      return { ...question, prompt, ...(question.modelAnswer && { modelAnswer: block(question.modelAnswer) }) };
  }
}
