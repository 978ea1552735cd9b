/**
 * Search progress on stderr: a live bar redrawn in place on a terminal, one plain line per trial
 * anywhere else (pipes, files, CI logs: no carriage returns there). Formatting is pure; the
 * reporter only decides where and when to write.
 */
import type { TrialProgress } from '../search/types.js';
import type { CliIo } from './command.js';
import { displayDuration, displayLoss } from './format.js';
import { displayLr } from '../numbers.js';

/** Width of the bar's track, characters. */
const BAR_WIDTH = 20;
/** Erase from the cursor to the end of the line (ANSI EL). */
const CLEAR_TO_END = '\x1b[K';

/**
 * Remaining time for the trials planned so far: wall time per finished trial (which already
 * reflects trials running in parallel) times the trials left; null before the first trial.
 * Refinement rounds can add trials, so this is a lower bound.
 */
export function estimateRemainingMs(event: Pick<TrialProgress, 'index' | 'planned' | 'elapsedMs'>): number | null {
  if (event.index <= 0) return null;
  return (event.elapsedMs / event.index) * Math.max(0, event.planned - event.index);
}

/** A trial's duration: "0.84 s", "12.3 s", "95 s". */
export function trialSeconds(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  return `${s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : s.toFixed(0)} s`;
}

/** One plain progress line (no newline): "lr 3.16e-5  loss 2.318  trial 3/27 in 0.84 s  elapsed 0:04". */
export function progressLine(event: TrialProgress): string {
  return `lr ${displayLr(event.lr)}  loss ${displayLoss(event.loss, event.diverged)}  trial ${event.index}/${event.planned} in ${trialSeconds(event.trialMs)}  elapsed ${displayDuration(event.elapsedMs)}`;
}

/** What the live bar shows. `event` is null before the first trial finishes. */
export interface BarState {
  /** The last finished trial, or null. */
  readonly event: TrialProgress | null;
  /** Trials planned so far (used before the first event). */
  readonly planned: number;
  /** Milliseconds since the search started, now. */
  readonly elapsedMs: number;
}

/**
 * The live bar (no carriage return, no newline), cut to `columns - 1` characters so it never wraps:
 * "[######--------------] 9/27  lr 3.16e-5  loss 2.318 in 0.84 s  0:04  ETA 0:08" (the last trial and its time).
 */
export function progressBar(state: BarState, columns = 80): string {
  const { event } = state;
  const planned = event?.planned ?? state.planned;
  const done = event?.index ?? 0;
  const filled = planned > 0 ? Math.min(BAR_WIDTH, Math.round((done / planned) * BAR_WIDTH)) : 0;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${planned}`;
  const eta = event === null ? null : estimateRemainingMs({ index: done, planned, elapsedMs: state.elapsedMs });
  const parts = [
    bar,
    event === null ? 'starting' : `lr ${displayLr(event.lr)}  loss ${displayLoss(event.loss, event.diverged)} in ${trialSeconds(event.trialMs)}`,
    displayDuration(state.elapsedMs),
    ...(eta === null ? [] : [`ETA ${displayDuration(eta)}`]),
  ];
  const line = parts.join('  ');
  return line.length >= columns ? line.slice(0, Math.max(0, columns - 1)) : line;
}

/** Treats "", "0" and "false" as off, like most CI tooling reads the CI variable. */
function envFlag(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** True when a live bar is wanted: stderr is a terminal, and not CI, GitHub Actions or TERM=dumb. */
export function wantsLiveProgress(io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  return io.isTTY && !envFlag(io.env.CI) && io.env.GITHUB_ACTIONS !== 'true' && io.env.TERM !== 'dumb';
}

/** Receives search progress and other log lines; see {@link createProgressReporter}. */
export interface ProgressReporter {
  /** The search's progress sink. */
  readonly sink: (event: TrialProgress) => void;
  /** Prints a line on stderr without breaking the bar. */
  log(line: string): void;
  /** Ends the bar (newline) and stops the timer. Safe to call twice. */
  done(): void;
}

/** Options for {@link createProgressReporter}. */
export interface ProgressReporterOptions {
  /** Trials planned before the first one finishes (round 0). */
  readonly planned: number;
  /** Force the live bar on or off. Default: {@link wantsLiveProgress}. */
  readonly live?: boolean;
  /** Milliseconds between redraws of the live bar's clock. Default 1000. */
  readonly tickMs?: number;
}

/** A reporter writing to `io.stderr`: the live bar on terminals, plain lines otherwise. */
export function createProgressReporter(io: CliIo, options: ProgressReporterOptions): ProgressReporter {
  const live = options.live ?? wantsLiveProgress(io);
  const started = io.clock();
  let last: TrialProgress | null = null;
  let drawn = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const draw = () => {
    const state = { event: last, planned: options.planned, elapsedMs: io.clock() - started };
    // A pseudo-terminal without a size reports 0 columns.
    const columns = io.columns !== undefined && io.columns > 0 ? io.columns : 80;
    io.stderr(`\r${progressBar(state, columns)}${CLEAR_TO_END}`);
    drawn = true;
  };
  if (live) {
    draw();
    timer = setInterval(draw, options.tickMs ?? 1000);
    timer.unref();
  }

  return {
    sink(event) {
      last = event;
      if (live) draw();
      else io.stderr(`${progressLine(event)}\n`);
    },
    log(line) {
      if (live && drawn) {
        io.stderr(`\r${CLEAR_TO_END}${line}\n`);
        draw();
      } else {
        io.stderr(`${line}\n`);
      }
    },
    done() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      if (live && drawn) io.stderr('\n');
      drawn = false;
    },
  };
}
