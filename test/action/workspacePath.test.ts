import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { badInput } from '../../src/action/messages.js';
import { workspacePath } from '../../src/action/workspacePath.js';

let dir: string;
let ws: string;
beforeEach(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'lr-sweep-wspath-')));
  ws = join(dir, 'ws');
  await mkdir(join(ws, 'sub'), { recursive: true });
  await mkdir(join(dir, 'outside'));
  await writeFile(join(dir, 'outside', 'secret.json'), '{"lr": 1}');
  await symlink(join(dir, 'outside'), join(ws, 'link-out'));
  await symlink(join(dir, 'outside', 'secret.json'), join(ws, 'cfg.json'));
  await symlink(join(ws, 'sub'), join(ws, 'link-in'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const allowed = (workspace: string): string => `a path inside the workspace ${workspace} (GITHUB_WORKSPACE; symlinks resolved)`;

describe('workspacePath(workspace, value, name)', () => {
  it('workspacePath returns the real path of a path inside the workspace, existing or not', () => {
    expect(workspacePath(ws, '.', 'working-directory')).toBe(ws);
    expect(workspacePath(ws, 'sub', 'working-directory')).toBe(join(ws, 'sub'));
    expect(workspacePath(ws, 'link-in', 'working-directory')).toBe(join(ws, 'sub'));
    expect(workspacePath(ws, join(ws, 'sub'), 'working-directory')).toBe(join(ws, 'sub'));
    expect(workspacePath(ws, '.github/lr-sweep.json', 'baseline-file')).toBe(join(ws, '.github', 'lr-sweep.json'));
    expect(workspacePath(ws, 'sub/../sub/x.yaml', 'baseline-file')).toBe(join(ws, 'sub', 'x.yaml'));
    expect(workspacePath(ws, '..ok', 'baseline-file')).toBe(join(ws, '..ok'));
  });

  it.each([
    ['working-directory', '..'],
    ['working-directory', '../outside'],
    ['working-directory', '/'],
    ['working-directory', 'link-out'],
    ['baseline-file', 'link-out/secret.json'],
    ['baseline-file', 'cfg.json'],
    ['baseline-file', 'link-out/new/lr.json'],
    ['baseline-file', '/etc/passwd'],
  ])('workspacePath refuses %s %j outside the workspace with one line naming it', (name, value) => {
    const call = (): string => workspacePath(ws, value, name);
    expect(call).toThrow(UsageError);
    expect(call).toThrow(new UsageError(badInput(name, value, allowed(ws))));
  });
});
