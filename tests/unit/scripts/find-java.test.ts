import { describe, expect, it } from 'vitest';
import { javaMajorVersion } from '../../../scripts/find-java.ts';

describe('javaMajorVersion', () => {
  it.each([
    { banner: 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', expected: 17 },
    { banner: 'openjdk version "21" 2023-09-19', expected: 21 },
    { banner: 'java version "1.8.0_402"', expected: 8 },
    { banner: 'openjdk version "11.0.2" 2019-01-15', expected: 11 },
    { banner: 'The operation couldn’t be completed. Unable to locate a Java Runtime.', expected: undefined },
  ])('reads $expected from `$banner`', ({ banner, expected }) => {
    expect(javaMajorVersion(banner)).toBe(expected);
  });
});
