/** Keeping only the end of a stream's text, so a chatty trial cannot fill memory. */
import { isText, notTextSummary, sourceByteCount } from '../../text.js';

/** Accumulates text, keeping at most the last `maxChars` characters. */
export class TextTail {
  private text = '';
  constructor(private readonly maxChars: number) {}

  /** Appends a chunk, dropping the oldest text beyond the limit. */
  push(chunk: string): void {
    this.text += chunk;
    if (this.text.length > 2 * this.maxChars) this.text = this.text.slice(-this.maxChars);
  }

  /** The kept text (at most `maxChars` characters). */
  toString(): string {
    return this.text.length > this.maxChars ? this.text.slice(-this.maxChars) : this.text;
  }
}

/**
 * The last `maxLines` non-blank lines of `text`, each cut to `maxLineChars` characters (with "…"),
 * for error messages. Empty array when there is nothing but whitespace; one `<N bytes, not text>`
 * line when the text is binary (N counts the kept tail's bytes).
 */
export function tailLines(text: string, maxLines = 8, maxLineChars = 240): string[] {
  if (!isText(text)) return [notTextSummary(sourceByteCount(text))];
  const lines = text.split(/\r?\n|\r/).map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  return lines.slice(-maxLines).map((l) => (l.length > maxLineChars ? `${l.slice(0, maxLineChars - 1)}…` : l));
}
