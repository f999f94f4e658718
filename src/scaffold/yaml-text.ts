// The new files are written as text, not by a YAML library, so that they read like the examples in the
// trainers' guide: a comment beside a default, long text as a `>-` block. These helpers keep it valid.

/** Words YAML could read as something other than text (`title: No` would be `false` in YAML 1.1). */
const NOT_TEXT = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/** Text that needs no quotes: it starts with a letter and has no `:`, `#` or brackets to be misread. */
const PLAIN = /^[\p{L}][\p{L}\p{N} ,.'’()?!-]*$/u;

/**
 * A string as a YAML value: plain when that is safe, otherwise in double quotes (a JSON string is a
 * valid YAML double-quoted string, escapes and all).
 */
export const yamlString = (value: string): string =>
  PLAIN.test(value) && !NOT_TEXT.test(value) && !value.endsWith(' ') ? value : JSON.stringify(value);

/** A folded block (`>-`) holding one line of text, indented under its field. */
export const yamlBlock = (text: string, indent: string): string => `>-\n${indent}${text}`;
