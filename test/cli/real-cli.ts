/** Runs the real `lr-sweep` CLI as users do (through tsx instead of the bundle), for end-to-end tests. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The repository root: the CLI runs there, so fixture paths are relative to it. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** What one run printed and how it exited. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `lr-sweep ARGS` with `env` added, never throwing on a non-zero exit. */
export async function cli(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, CI: '', GITHUB_ACTIONS: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
