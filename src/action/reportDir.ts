/** The folder the action writes its report into before uploading it: RUNNER_TEMP/lr-sweep/<artifact-name>. */
import { mkdir, rm } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { reportDirOutside } from './messages.js';

/**
 * `<runnerTemp>/lr-sweep/<artifactName>`, checked to be strictly inside `<runnerTemp>/lr-sweep/`.
 * The input reader already rejects names like `..`; this guard keeps any later change from turning
 * the folder that is emptied into a parent of it.
 * @throws Error when the computed folder is not strictly inside `<runnerTemp>/lr-sweep/`.
 */
export function reportDirFor(runnerTemp: string, artifactName: string): string {
  const base = resolve(runnerTemp, 'lr-sweep');
  const dir = resolve(base, artifactName);
  const inside = relative(base, dir);
  if (inside === '' || inside.split(/[\\/]/)[0] === '..' || isAbsolute(inside)) {
    throw new Error(reportDirOutside(dir, `${base}${sep}`));
  }
  return dir;
}

/** Empties (or creates) the report folder from {@link reportDirFor} and returns it. */
export async function prepareReportDir(runnerTemp: string, artifactName: string): Promise<string> {
  const dir = reportDirFor(runnerTemp, artifactName);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}
