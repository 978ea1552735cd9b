/**
 * Telling text from binary before showing it: a file or a trial's output that is not text is
 * summarised as `<N bytes, not text>` in messages, never echoed (its bytes could be anything,
 * terminal escapes included).
 */

/** Control characters other than tab, newline, carriage return, form feed, backspace and ESC (colours) mark binary. */
// eslint-disable-next-line no-control-regex
const BINARY = /[\0-\x07\x0B\x0E-\x1A\x1C-\x1F\x7F\uFFFD]/g;

/**
 * True when `text` reads as text: no NUL, no undecodable UTF-8 (U+FFFD) and at most 1 in 100 other
 * control characters. The empty string is text.
 */
export function isText(text: string): boolean {
  if (text.includes('\0') || text.includes('\uFFFD')) return false;
  const controls = text.match(BINARY)?.length ?? 0;
  return controls * 100 <= text.length;
}

/** The summary shown instead of `byteCount` bytes that are not text. */
export function notTextSummary(byteCount: number): string {
  return `<${byteCount} bytes, not text>`;
}

/**
 * The size in bytes of the input `text` was decoded from: its UTF-8 length, with each U+FFFD (what
 * the decoder puts for an undecodable byte) counted as the one byte it replaced, not three.
 */
export function sourceByteCount(text: string): number {
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  return Buffer.byteLength(text, 'utf8') - 2 * replaced;
}

/** `text` itself when it is text, else {@link notTextSummary} of its source size. */
export function shownText(text: string): string {
  return isText(text) ? text : notTextSummary(sourceByteCount(text));
}
