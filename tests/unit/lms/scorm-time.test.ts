import { describe, expect, it } from 'vitest';
import { scorm12Time, scorm2004Time } from '../../../src/lms/scorm-api.ts';

describe('session time as each SCORM edition writes it', () => {
  it('writes SCORM 1.2 CMITimespan, HHHH:MM:SS.SS', () => {
    expect(scorm12Time(0)).toBe('0000:00:00.00');
    expect(scorm12Time(3723.456)).toBe('0001:02:03.46');
    expect(scorm12Time(59.999)).toBe('0000:01:00.00');
    expect(scorm12Time(-5)).toBe('0000:00:00.00');
  });

  it('writes SCORM 2004 timeinterval, an ISO 8601 duration', () => {
    expect(scorm2004Time(0)).toBe('PT0H0M0S');
    expect(scorm2004Time(3723.456)).toBe('PT1H2M3.46S');
    expect(scorm2004Time(59.999)).toBe('PT0H1M0S');
  });
});
