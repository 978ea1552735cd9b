/**
 * Paths from action inputs stay inside the workspace: a workflow's `working-directory` or
 * `baseline-file` must not reach (through `..`, an absolute path or a symlink) files lr-sweep would
 * run from or write to outside the checked-out repository.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { badInput } from './messages.js';

/** The real path of `path` (symlinks resolved); for a path that does not exist yet, of its deepest existing ancestor plus the rest. */
function realPath(path: string): string {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = dirname(current);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === current) throw error;
      missing.push(basename(current));
      current = parent;
    }
  }
}

/**
 * Resolves the input `name`'s `value` against `workspace` and returns its real path (symlinks
 * resolved, missing trailing parts kept). Throws a one-line UsageError naming the input, the value
 * and the workspace when it lies outside the workspace.
 */
export function workspacePath(workspace: string, value: string, name: string): string {
  const root = realPath(resolve(workspace));
  const real = realPath(resolve(root, value));
  const rel = relative(root, real);
  if (rel === '..' || rel.startsWith(`..${'/'}`) || rel.startsWith('..\\') || isAbsolute(rel)) {
    throw new UsageError(badInput(name, value, `a path inside the workspace ${workspace} (GITHUB_WORKSPACE; symlinks resolved)`));
  }
  return real;
}
