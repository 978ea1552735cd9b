/**
 * Uploads the report folder as a workflow artifact with `@actions/artifact`, or explains why not.
 * Never throws: an upload failure must not fail the learning-rate check.
 */
import { artifactFailed, artifactSkipped } from './messages.js';

/** Uploads files under a root as an artifact; returns its id. `@actions/artifact` in production, a fake in tests. */
export type ArtifactUploader = (name: string, files: readonly string[], rootDirectory: string) => Promise<{ id?: number }>;

/** What {@link uploadReport} needs to know about the run. */
export interface ArtifactContext {
  /** `ACTIONS_RUNTIME_TOKEN`: present only inside a GitHub Actions job. */
  readonly runtimeToken: string | undefined;
  /** e.g. https://github.com/owner/repo/actions/runs/123: the artifact URL is built from it. */
  readonly runUrl: string | null;
}

/** What {@link uploadReport} did: a URL for the comment, or a notice/warning for the log. */
export type ArtifactResult =
  | { readonly status: 'uploaded'; readonly url: string | null; readonly id: number | null }
  | { readonly status: 'skipped'; readonly notice: string }
  | { readonly status: 'failed'; readonly warning: string };

/** The real uploader, loaded only when an upload happens. */
const defaultUploader: ArtifactUploader = async (name, files, rootDirectory) => {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory);
};

/** Uploads `files` (absolute, under `dir`) as artifact `name`; skipped with a notice outside GitHub Actions. */
export async function uploadReport(
  name: string,
  files: readonly string[],
  dir: string,
  context: ArtifactContext,
  upload: ArtifactUploader = defaultUploader,
): Promise<ArtifactResult> {
  if (context.runtimeToken === undefined || context.runtimeToken === '') return { status: 'skipped', notice: artifactSkipped(dir) };
  try {
    const { id } = await upload(name, files, dir);
    const url = id !== undefined && context.runUrl !== null ? `${context.runUrl}/artifacts/${id}` : context.runUrl;
    return { status: 'uploaded', url, id: id ?? null };
  } catch (error) {
    return { status: 'failed', warning: artifactFailed(name, ((error as Error | null)?.message ?? String(error)).split('\n')[0] ?? '') };
  }
}
