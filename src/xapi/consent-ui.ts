import { provideStrings, t as say } from '../i18n/island-t.ts';
import type { UiKey, UiStrings } from '../i18n/t.ts';
import { giveConsent, keepSending, outboxStatus, readConsent, withdrawConsent } from './outbox.ts';
import { storeSettings } from './store-settings.ts';

// My learning's "Send your record to …" (src/components/xapi/SendRecord.astro): the form to start, what
// is being sent and what waits, and the button to stop, which deletes what waits.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function startConsent(section: HTMLElement): void {
  const settings = storeSettings();
  provideStrings(JSON.parse(section.dataset['strings'] ?? '{}') as UiStrings);
  const form = section.querySelector<HTMLFormElement>('[data-consent-form]')!;
  const sending = section.querySelector<HTMLElement>('[data-sending]')!;
  const who = section.querySelector<HTMLElement>('[data-sending-who]')!;
  const status = section.querySelector<HTMLElement>('[data-send-status]')!;
  const error = section.querySelector<HTMLElement>('[data-consent-error]')!;
  const heading = section.querySelector<HTMLElement>('h2')!;
  if (!settings) return;

  const render = () => {
    const consent = readConsent();
    form.hidden = consent !== undefined;
    sending.hidden = consent === undefined;
    if (!consent) return;
    who.textContent = say('xapi.sending', { email: consent.email });
    const { waiting, problem } = outboxStatus();
    status.textContent =
      waiting === 0
        ? say('xapi.allSent')
        : `${say('xapi.waiting', { count: waiting })}${problem ? ` ${say(`xapi.problem.${problem}` as UiKey)}` : ''}`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const [name, email] = [field('name'), field('email')];
    // Each field to put right is named invalid and described by the message; the first gets focus.
    const wrong = [!name && 'name', !EMAIL.test(email) && 'email'].flatMap((fieldName) => {
      const input = fieldName ? form.elements.namedItem(fieldName) : null;
      return input instanceof HTMLInputElement ? [input] : [];
    });
    for (const input of form.querySelectorAll('input')) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
    error.hidden = wrong.length === 0;
    if (wrong.length > 0) {
      for (const input of wrong) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
      }
      wrong[0]?.focus();
      return;
    }
    giveConsent({
      name,
      email,
      includeReflections: data.get('reflections') === 'on',
      givenAt: new Date().toISOString(),
    });
    render();
    keepSending(settings, render);
    // The form has gone: focus goes to the section's heading, and the status line says what happens now.
    heading.focus();
  });
  section.querySelector('[data-stop]')?.addEventListener('click', () => {
    const deleted = withdrawConsent();
    render();
    status.textContent = say('xapi.stopped', { count: deleted });
    heading.focus();
  });
  // Another tab's sending, or its learner stopping, shows here too.
  addEventListener('storage', render);
  render();
  if (readConsent()) keepSending(settings, render);
}
