#!/usr/bin/env node
/** The `lr-sweep` executable (bundled to dist/cli.js). All logic lives in run.ts. */
import { processIo } from './io.js';
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
