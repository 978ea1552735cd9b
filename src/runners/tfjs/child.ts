/**
 * Entry of a TensorFlow.js child process (`--parallel N` on a config): loads the model definition on the
 * backend the parent chose and serves trials on the worker contract: one JSON request a line on stdin, one
 * JSON answer a line on stdout (see ./wire.ts), exit at stdin EOF. Bundled as dist/tfjs-child.js.
 */
import { createInterface } from 'node:readline';
import { dirname } from 'node:path';
import { READY_KEY } from '../worker/protocol.js';
import { CHILD_ENV, type ChildSpec } from './children.js';
import { loadDefinition } from './definition.js';
import { openOnBackend } from './open.js';
import { TfjsTrialRunner } from './runner.js';
import { TrainingSession } from './session.js';
import { errorLine, outcomeLine } from './wire.js';

async function open(spec: ChildSpec): Promise<TfjsTrialRunner> {
  const definition = await loadDefinition(spec.configPath, spec.cwd);
  const searchFrom = [...new Set([dirname(definition.path), spec.cwd])];
  const { backend, session } = await openOnBackend(spec.backend, definition, { searchFrom, seed: spec.seed });
  const openSession = (seed: number): Promise<TrainingSession> => TrainingSession.open(backend.tf, definition, { seed });
  return new TfjsTrialRunner({ session, openSession, divergeFactor: spec.divergeFactor });
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.env[CHILD_ENV] ?? '') as ChildSpec;
  // stdout carries the answers: what the user's code logs goes to stderr (it shows in error tails there).
  console.log = console.error;
  console.info = console.error;
  const write = (line: string) => process.stdout.write(`${line}\n`);
  // A failed start is reported as every request's answer, so it reads exactly as it would in-process.
  const opening = open(spec).then(
    (runner) => {
      write(JSON.stringify({ [READY_KEY]: 'ready' }));
      return { runner, error: null };
    },
    (error: unknown) => ({ runner: null, error }),
  );
  let queue: Promise<void> = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    queue = queue.then(async () => {
      const request = JSON.parse(line) as { id: number; lr: number; steps: number; seed: number };
      const { runner, error } = await opening;
      if (runner === null) {
        write(errorLine(request.id, error));
        return;
      }
      try {
        write(outcomeLine(request.id, await runner.run(request.lr, { steps: request.steps, seed: request.seed })));
      } catch (trialError) {
        write(errorLine(request.id, trialError));
      }
    });
  });
  lines.on('close', () => {
    void queue
      .then(() => opening)
      .then(({ runner }) => runner?.close())
      .finally(() => process.stdout.write('', () => process.exit(0)));
  });
}

void main();
