/**
 * The --out rule for the commands besides `search` that write into a folder (`validate`, `range-test`,
 * `report`): the same check `search` makes, where lr-sweep's other documents also mark a folder as ours.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkOutputDir, looksLikeResults, OUTPUT_FILES } from './output.js';

/** lr-sweep documents whose presence (parsed, of the right shape) shows that lr-sweep wrote a folder. */
export const OWN_DOCUMENTS: readonly { readonly file: string; readonly looksOurs: (doc: unknown) => boolean }[] = [
  { file: OUTPUT_FILES.results, looksOurs: looksLikeResults },
  // Names as in RANGE_TEST_FILES / VALIDATION_FILES, whose modules pull in the renderer; a test keeps them equal.
  { file: 'range-test.json', looksOurs: (doc) => hasKeys(doc, ['settings', 'steps', 'stopReason', 'suggestions']) },
  { file: 'validation.json', looksOurs: (doc) => hasKeys(doc, ['settings', 'grid', 'band', 'picks']) },
];

/** Options for {@link checkOutFolder}. */
export interface OutFolderOptions {
  /** A file already read and checked as lr-sweep's (the results.json given to `report`); its folder counts as ours. Default none. */
  readonly knownOurs?: string;
}

/**
 * Checks, before any training, that --out `dir` can take the command's files without losing a user's:
 * it must not exist, be empty, or hold an earlier lr-sweep output (results.json, range-test.json or
 * validation.json of ours, or `options.knownOurs`). `shownAs` is the path as the user typed it.
 * @throws UsageError (exit 2) when `dir` is a file or holds files lr-sweep did not write.
 */
export async function checkOutFolder(dir: string, shownAs: string, options: OutFolderOptions = {}): Promise<void> {
  const folder = resolve(dir);
  if (options.knownOurs !== undefined && dirname(resolve(options.knownOurs)) === folder) return;
  for (const document of OWN_DOCUMENTS) {
    const ours = await readFile(join(folder, document.file), 'utf8')
      .then((text) => document.looksOurs(JSON.parse(text)))
      .catch(() => false);
    if (ours) return;
  }
  await checkOutputDir(folder, shownAs);
}

function hasKeys(doc: unknown, keys: readonly string[]): boolean {
  return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && keys.every((key) => key in doc);
}
