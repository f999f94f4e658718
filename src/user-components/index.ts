import Callout from './Callout.astro';
import Case from './Case.astro';
import Figure from './Figure.astro';
import GlossaryTerm from './GlossaryTerm.astro';
import Reflection from './Reflection.astro';

/** The components authors use in MDX without import lines, passed to every `<Content components>`. */
export const userComponents = { Callout, Case, Figure, GlossaryTerm, Reflection };
