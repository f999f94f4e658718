/**
 * A fresh key for a learner's own CPD entry: 32 random hex digits in groups, which the progress
 * document accepts as a key. `getRandomValues` works on plain http too, unlike `randomUUID`.
 */
export function newEntryId(): string {
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0'));
  return [0, 4, 6, 8, 10].map((start, i, starts) => hex.slice(start, starts[i + 1] ?? 16).join('')).join('-');
}
