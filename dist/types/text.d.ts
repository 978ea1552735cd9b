/**
 * Telling text from binary before showing it: a file or a trial's output that is not text is
 * summarised as `<N bytes, not text>` in messages, never echoed (its bytes could be anything,
 * terminal escapes included).
 */
/**
 * True when `text` reads as text: no NUL, no undecodable UTF-8 (U+FFFD) and at most 1 in 100 other
 * control characters. The empty string is text.
 */
export declare function isText(text: string): boolean;
/** The summary shown instead of `byteCount` bytes that are not text. */
export declare function notTextSummary(byteCount: number): string;
/**
 * The size in bytes of the input `text` was decoded from: its UTF-8 length, with each U+FFFD (what
 * the decoder puts for an undecodable byte) counted as the one byte it replaced, not three.
 */
export declare function sourceByteCount(text: string): number;
/** `text` itself when it is text, else {@link notTextSummary} of its source size. */
export declare function shownText(text: string): string;
