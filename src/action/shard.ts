/**
 * Sharding in the action: a `shard: I/N` job uploads its part folder as an artifact of the run, and a later
 * `merge: true` job lists the run's artifacts, downloads every part and joins them (the parts are untrusted
 * input: `joinParts` validates them) into the sweep the unsharded run would have made.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { readPart } from '../sweep/part.js';
import { joinParts, mergedSweep, type PartInput, type Shard } from '../sweep/shard.js';
import type { FinishedSweep } from '../sweep/sweep.js';
import { Inputs } from './constants.js';

/** The artifact a shard uploads: `<artifact-name>-part-<I>-of-<N>`. */
export function partArtifactName(artifactName: string, shard: Shard): string {
  return `${artifactName}-part-${shard.index}-of-${shard.count}`;
}

/** True for the name of a part artifact of `artifactName` (any I and N). */
export function isPartArtifact(artifactName: string, name: string): boolean {
  return name.startsWith(`${artifactName}-part-`) && /^\d{1,3}-of-\d{1,3}$/.test(name.slice(artifactName.length + '-part-'.length));
}

/** An artifact of the current run, as the artifact service lists it. */
export interface RunArtifact {
  readonly id: number;
  readonly name: string;
}

/** The two calls of `@actions/artifact` a merge makes; a fake in tests. */
export interface PartsClient {
  /** The current run's artifacts, the latest of each name. */
  listArtifacts(): Promise<readonly RunArtifact[]>;
  /** Downloads and unpacks artifact `id` into `path`. */
  downloadArtifact(id: number, path: string): Promise<void>;
}

/** The real client, loaded only when a merge runs. */
const defaultPartsClient: PartsClient = {
  listArtifacts: async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    return (await new DefaultArtifactClient().listArtifacts({ latest: true })).artifacts;
  },
  downloadArtifact: async (id, path) => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().downloadArtifact(id, { path });
  },
};

/** Options for {@link downloadAndMerge}. */
export interface MergeOptions {
  /** The `artifact-name` input: parts are `<artifact-name>-part-<I>-of-<N>`. */
  readonly artifactName: string;
  /** A fresh folder the parts are downloaded into, one subfolder each. */
  readonly dir: string;
  /** `ACTIONS_RUNTIME_TOKEN`: without it there is no artifact service to download from. */
  readonly runtimeToken: string | undefined;
  /** The artifact service. Default {@link defaultPartsClient}. */
  readonly client?: PartsClient;
  /** One line per downloaded part. */
  readonly log: (line: string) => void;
}

/**
 * Downloads this run's part artifacts and joins them into the finished sweep of the whole job.
 * @throws UsageError (one line) outside GitHub Actions, when no part artifact exists, or when the parts do
 * not make one job (`joinParts`: another job's part, a duplicate or missing shard, a malformed file).
 */
export async function downloadAndMerge(options: MergeOptions): Promise<{ readonly sweep: FinishedSweep; readonly parts: number; readonly repeats: number }> {
  if (options.runtimeToken === undefined || options.runtimeToken === '') {
    throw new UsageError(`${Inputs.Merge}: true needs the GitHub Actions artifact service (ACTIONS_RUNTIME_TOKEN is not set): run it in a job of the workflow run whose shard jobs uploaded the parts`);
  }
  const client = options.client ?? defaultPartsClient;
  const found = (await client.listArtifacts()).filter((a) => isPartArtifact(options.artifactName, a.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (found.length === 0) {
    throw new UsageError(`${Inputs.Merge}: no artifact named ${options.artifactName}-part-<I>-of-<N> in this workflow run; the merge job must need: the shard jobs, with the same ${Inputs.ArtifactName}`);
  }
  const parts: PartInput[] = [];
  for (const artifact of found) {
    const dir = join(options.dir, artifact.name);
    await mkdir(dir, { recursive: true });
    await client.downloadArtifact(artifact.id, dir);
    options.log(`downloaded part ${artifact.name} (artifact ${artifact.id})`);
    parts.push(await readPart(dir, artifact.name));
  }
  const { all, settingsSource, identity } = joinParts(parts);
  return { sweep: mergedSweep(all, settingsSource, identity), parts: parts.length, repeats: all.length };
}
