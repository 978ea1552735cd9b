/** Accumulates text, keeping at most the last `maxChars` characters. */
export declare class TextTail {
    private readonly maxChars;
    private text;
    constructor(maxChars: number);
    /** Appends a chunk, dropping the oldest text beyond the limit. */
    push(chunk: string): void;
    /** The kept text (at most `maxChars` characters). */
    toString(): string;
}
/**
 * The last `maxLines` non-blank lines of `text`, each cut to `maxLineChars` characters (with "…"),
 * for error messages. Empty array when there is nothing but whitespace; one `<N bytes, not text>`
 * line when the text is binary (N counts the kept tail's bytes).
 */
export declare function tailLines(text: string, maxLines?: number, maxLineChars?: number): string[];
