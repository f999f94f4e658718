import { embedUrl, type EmbedKind } from './embed-url.ts';
import { startFromAddress } from './sync.ts';

/** Nothing is requested from the video service until the learner presses the button. */
export function startEmbedFacades(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('[data-embed]')) {
    const button = frame.querySelector<HTMLButtonElement>('[data-embed-play]');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const iframe = document.createElement('iframe');
      const start = startFromAddress(location.search, '', () => undefined) ?? 0;
      iframe.src = embedUrl(frame.dataset['kind'] as EmbedKind, frame.dataset['videoId'] ?? '', start);
      iframe.title = frame.dataset['title'] ?? '';
      iframe.allow = 'autoplay; fullscreen; picture-in-picture';
      iframe.allowFullscreen = true;
      frame.replaceChildren(iframe);
      iframe.focus();
    });
  }
}
