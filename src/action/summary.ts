/**
 * The job summary: the same Markdown report, cut to GitHub's 1 MiB per-step limit when needed.
 */
import { SUMMARY_LIMIT_BYTES } from './constants.js';
import { summaryTruncated } from './messages.js';

/**
 * Returns `markdown` unchanged when it fits in `limitBytes` (UTF-8), else cut on a character boundary
 * with a note linking to the artifact, the whole within the limit.
 */
export function fitSummary(markdown: string, artifactUrl: string | null, limitBytes = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown;
  const note = summaryTruncated(artifactUrl);
  const room = limitBytes - Buffer.byteLength(note, 'utf8');
  let cut = Buffer.from(markdown, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
  // A multi-byte character cut in half decodes as U+FFFD (3 bytes); drop it and anything past the room.
  while (Buffer.byteLength(cut, 'utf8') > room || cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return cut + note;
}
