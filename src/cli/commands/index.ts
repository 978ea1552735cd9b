/**
 * The registry of `lr-sweep` commands, in the order `lr-sweep --help` lists them.
 * To add a command: create `src/cli/commands/<name>.ts` exporting a `CliCommand`, import it here,
 * and add it to the list. Nothing else needs to change.
 */
import type { CliCommand } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { rangeTestCommand } from './rangeTest.js';
import { validateCommand } from './validate.js';
import { mergeCommand } from './merge.js';
import { reportCommand } from './report.js';
import { searchCommand } from './search.js';
import { workerHelperCommand } from './workerHelper.js';

/** Every command, in help order. */
export const COMMANDS: readonly CliCommand[] = [searchCommand, analyzeCommand, reportCommand, rangeTestCommand, validateCommand, mergeCommand, workerHelperCommand];
