/**
 * The files `lr-sweep search` writes into --out, never over a user's files. The documents and the
 * folder rule live in `search/output.ts` and `report/files.ts` (the action writes them too); this
 * module words the rule for --out and re-exports them for the CLI commands.
 */
import { checkOutputFolder } from '../report/files.js';
import { messages } from './messages.js';

export { looksLikeResults, OUTPUT_FILES, resultsJson, samplesCsv } from '../search/output.js';

/**
 * Checks, before any trial runs, that --out `dir` can take our files: it must not exist, be empty, or
 * hold an earlier lr-sweep output. `shownAs` is the path as the user typed it, for the message.
 * @throws UsageError when `dir` is a file or holds files lr-sweep did not write.
 */
export async function checkOutputDir(dir: string, shownAs: string): Promise<void> {
  await checkOutputFolder(dir, {
    notDirectory: () => messages.outNotDirectory(shownAs),
    notOurs: (example) => messages.outNotOurs(shownAs, example),
  });
}
