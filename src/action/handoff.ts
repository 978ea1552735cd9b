/**
 * Files for the workflow_run pattern (README): on a pull request, the report artifact also carries
 * the exact comment body and the PR number, so a trusted workflow can post the sticky comment for a
 * fork's PR without ever running its code.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Names of the hand-off files in the report folder. */
const HANDOFF_FILES = { comment: 'comment.md', prNumber: 'pr-number.txt' } as const;

/** Writes comment.md (marker first line) and pr-number.txt into `dir`; returns their paths. */
export async function writeHandoff(dir: string, body: string, prNumber: number): Promise<string[]> {
  const comment = join(dir, HANDOFF_FILES.comment);
  const number = join(dir, HANDOFF_FILES.prNumber);
  await writeFile(comment, body, 'utf8');
  await writeFile(number, `${prNumber}\n`, 'utf8');
  return [comment, number];
}
