/** The text of a content file, and why it cannot be used as it is when it is not saved as UTF-8. */
export interface DecodedFile {
  text: string;
  refusal?: string;
}

const SAVE_AS_UTF8 = 'In Notepad: File › Save as › Encoding: UTF-8; in Word: Save as › Plain text › UTF-8.';

/**
 * Reads a file's bytes as the build will, UTF-8, and says plainly when they are something else. A UTF-8
 * byte-order mark (which Windows editors add) is dropped: it is invisible and harmless. A file in another
 * encoding is still decoded as well as can be, so the check can read its id and report the file once,
 * instead of every link to it.
 */
export function decodeContentFile(bytes: Uint8Array): DecodedFile {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      refusal: `This file is saved as UTF-16 (“Unicode” in some editors): save it again as UTF-8. ${SAVE_AS_UTF8}`,
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return {
      text,
      refusal: `This file is not saved as UTF-8 (perhaps as “ANSI” or Windows-1252): the first character that cannot be read is on line ${line}. Save it again as UTF-8. ${SAVE_AS_UTF8}`,
    };
  }
}

/** UTF-16 by its byte-order mark or, without one, by the zero bytes every ASCII letter then carries. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 2 && bytes[1] === 0 && bytes[0] !== 0) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'utf-16be';
  return undefined;
}
