/**
 * The baseline file's I/O around the pure guard functions: read the committed value, write an
 * updated one without destroying the rest of the user's file.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readCommittedLr, updateBaselineText } from './guard.js';

/** Where the committed value lives. */
export interface BaselineLocation {
  /** Absolute path of the file. */
  readonly path: string;
  /** The path as the user wrote it (for messages). */
  readonly display: string;
  /** Dot path inside the file, or null for `lr`. */
  readonly key: string | null;
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Options for {@link loadCommittedLr}. */
export interface LoadCommittedLrOptions {
  /** A missing key gives null instead of a UsageError (update-baseline will add it). Default false. */
  readonly allowMissingKey?: boolean;
}

/**
 * The committed learning rate, or null when the file is absent (or empty). An existing file without
 * the key, or with a non-mapping on its path, is a UsageError (see {@link readCommittedLr}).
 */
export async function loadCommittedLr(location: BaselineLocation, options: LoadCommittedLrOptions = {}): Promise<number | null> {
  const text = await readText(location.path);
  return text === null ? null : readCommittedLr(text, location.display, location.key, options);
}

/** Throws the UsageError {@link saveBaseline} would, without writing: lets a run fail before its search, not after. */
export async function checkBaselineWritable(location: BaselineLocation): Promise<void> {
  const text = await readText(location.path);
  updateBaselineText(text, location.display, location.key, 1);
}

/** Writes `lr` at the key, keeping everything else in the file; creates the file (and folders) when missing. */
export async function saveBaseline(location: BaselineLocation, lr: number): Promise<void> {
  const text = await readText(location.path);
  const updated = updateBaselineText(text, location.display, location.key, lr);
  await mkdir(dirname(location.path), { recursive: true });
  await writeFile(location.path, updated, 'utf8');
}
