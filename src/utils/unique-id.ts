let counter = 0;

/**
 * An element id that no other call returns during this build, so several uses of one component on a
 * page never share an id (the build renders pages one at a time in one process).
 */
export function nextUniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
