import { describe, expect, it } from 'vitest';
import { provideStrings, t } from '../../../src/i18n/island-t.ts';

describe('strings given to islands', () => {
  it('keeps the strings each island on a page was given', () => {
    provideStrings({ 'case.label': 'Practice case' });
    provideStrings({ 'case.fictional': 'This family is fictional.' });
    expect([t('case.label'), t('case.fictional')]).toEqual(['Practice case', 'This family is fictional.']);
  });

  it('falls back to the key, so a missing string shows where it is missing', () => {
    expect(t('case.stage')).toBe('case.stage');
  });
});
