import { format } from '../i18n/t.ts';
import { formatTimestamp } from '../utils/clock-time.ts';
import { mergeHeard, secondsHeard } from '../progress/heard.ts';
import type { TalkProgressPort } from './progress-port.ts';
import { activePassageIndex, hasListenedEnough, playedParts, resumePosition, startFromAddress } from './sync.ts';

/** Strings the player shows, passed from the page so that they come from the one translations file. */
interface PlayerStrings {
  resumed: string;
  startsAt: string;
  completed: string;
}

const SAVE_EVERY_MS = 5000;

/**
 * Wires a talk's native player to its transcript: the passage being spoken is highlighted (and
 * followed, unless the learner turns that off), a click on a passage or a moment link seeks there,
 * the address (`?t=` or a `#passage`/`#chapter` hash) picks the starting moment, and listening is
 * reported to the progress store so a learner resumes where they left off.
 */
export function startTalkPlayer(root: HTMLElement, transcript: HTMLElement, progress: TalkProgressPort): void {
  const found = root.querySelector<HTMLMediaElement>('audio, video');
  if (!found) return;
  const media: HTMLMediaElement = found;
  const talkId = root.dataset['talkId'] ?? '';
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as PlayerStrings;
  const knownDuration = Number(root.dataset['duration']);
  const status = root.querySelector<HTMLElement>('[data-status]');
  const restart = root.querySelector<HTMLButtonElement>('[data-restart]');
  const follow = root.querySelector<HTMLInputElement>('[data-follow]');
  const speed = root.querySelector<HTMLSelectElement>('[data-speed]');
  const now = root.querySelector<HTMLElement>('[data-now]');
  const completedNote = root.querySelector<HTMLElement>('[data-completed]');
  const passages = [...transcript.querySelectorAll<HTMLElement>('.passage[data-start]')].map((el) => ({
    el,
    start: Number(el.dataset['start']),
    end: Number(el.dataset['end']),
  }));
  const startOf = (id: string) => {
    const target = document.getElementById(id);
    return target && transcript.contains(target) && target.dataset['start']
      ? Number(target.dataset['start'])
      : undefined;
  };
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;

  const duration = () => (Number.isFinite(media.duration) && media.duration > 0 ? media.duration : knownDuration);
  const saved = progress.read(talkId);
  const heardBefore = saved?.heard ?? [];
  let completed = saved?.completed ?? false;
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  let active = -1;
  function highlight(scroll: boolean) {
    const index = activePassageIndex(passages, media.currentTime);
    if (index === active) return;
    passages[active]?.el.classList.remove('is-active');
    passages[active]?.el.removeAttribute('aria-current');
    active = index;
    const current = passages[index];
    if (!current) return;
    current.el.classList.add('is-active');
    current.el.setAttribute('aria-current', 'time');
    if (now) now.textContent = current.el.textContent;
    if (scroll) {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      current.el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    }
  }

  function seek(seconds: number) {
    const apply = () => {
      media.currentTime = seconds;
      highlight(false);
    };
    if (media.readyState >= HTMLMediaElement.HAVE_METADATA) apply();
    else media.addEventListener('loadedmetadata', apply, { once: true });
  }

  let lastSave = 0;
  function save() {
    // Nothing played yet: keep the saved place (the recording may not even have loaded to seek there).
    if (media.played.length === 0) return;
    lastSave = Date.now();
    const played = playedParts(media.played);
    progress.save(talkId, { position: media.currentTime, duration: duration(), played });
    if (!completed && hasListenedEnough(secondsHeard(mergeHeard(heardBefore, played, duration())), duration())) {
      completed = true;
      say(strings.completed);
      if (completedNote) completedNote.hidden = false;
    }
  }

  const start = startFromAddress(location.search, location.hash, startOf);
  const resume = resumePosition(saved?.position, duration());
  if (start !== undefined) {
    seek(start);
    say(format(strings.startsAt, { time: formatTimestamp(Math.floor(start)) }));
    highlightAt(start);
  } else if (resume !== undefined) {
    seek(resume);
    say(format(strings.resumed, { time: formatTimestamp(Math.floor(resume)) }));
    highlightAt(resume);
    if (restart) restart.hidden = false;
  }
  if (completed && completedNote) completedNote.hidden = false;

  /** Highlights the passage at a moment before the media has loaded, and brings it into view. */
  function highlightAt(seconds: number) {
    passages[activePassageIndex(passages, seconds)]?.el.classList.add('is-starting-point');
    if (!location.hash) passages[activePassageIndex(passages, seconds)]?.el.scrollIntoView({ block: 'center' });
  }

  media.addEventListener('timeupdate', () => {
    highlight(Boolean(follow?.checked) && !media.paused);
    if (Date.now() - lastSave > SAVE_EVERY_MS) save();
  });
  media.addEventListener('seeked', () => highlight(Boolean(follow?.checked)));
  media.addEventListener('play', () => {
    transcript.querySelector('.is-starting-point')?.classList.remove('is-starting-point');
  });
  for (const event of ['pause', 'ended']) media.addEventListener(event, save);
  window.addEventListener('pagehide', save);

  restart?.addEventListener('click', () => {
    seek(0);
    restart.hidden = true;
    say('');
  });
  speed?.addEventListener('change', () => {
    media.playbackRate = Number(speed.value) || 1;
  });

  // A click on a passage, or on any link to a moment of this talk, seeks there and plays; the address
  // changes to that moment, so it can be copied and shared.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const target = event.target as Element;
    const link = target.closest<HTMLAnchorElement>('a[data-moment]');
    const passage = link ? null : target.closest<HTMLElement>('.passage[data-start]');
    const seconds = link ? Number(link.dataset['moment']) : passage ? Number(passage.dataset['start']) : NaN;
    if (Number.isNaN(seconds)) return;
    if (link) event.preventDefault();
    history.replaceState(null, '', link?.href ?? `?t=${formatTimestamp(Math.floor(seconds))}#${passage?.id ?? ''}`);
    seek(seconds);
    void media.play().catch(() => undefined);
  });
}
