import { registerServiceWorker } from '../offline/register.ts';
import { highlightSearchTerms } from '../search/highlight.ts';
import { startSearchOpener } from '../search/search-opener.ts';
import { openGlossaryTermsOnHover } from './glossary-hover.ts';

// The one script every page loads (from BaseLayout), so a learner's browser fetches and caches it once
// for the whole site. A part that only some pages have (progress, a talk, a case) brings its own script,
// which Astro adds only to those pages.

startSearchOpener();
highlightSearchTerms();
openGlossaryTermsOnHover();
registerServiceWorker();
