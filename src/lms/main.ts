import { launch } from './launch.ts';
import type { PackageFormat } from './lms-session.ts';

// The launch page's script (scripts/package.ts bundles it into lms/launch.js): what the page says it is,
// handed to the launch.
const page = document.querySelector<HTMLElement>('[data-lms-launch]');
const frame = page?.querySelector('iframe');
const notice = page?.querySelector<HTMLElement>('[data-lms-notice]');
if (page && frame && notice) {
  void launch({
    format: page.dataset['format'] as PackageFormat,
    frame,
    notice,
    strings: JSON.parse(page.dataset['strings'] ?? '{}') as Parameters<typeof launch>[0]['strings'],
  });
}
