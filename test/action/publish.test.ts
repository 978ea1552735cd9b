import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uploadReport, type ArtifactUploader } from '../../src/action/artifact.js';
import { checkBaselineWritable, loadCommittedLr, saveBaseline } from '../../src/action/baseline.js';
import { SUMMARY_LIMIT_BYTES } from '../../src/action/constants.js';
import { artifactFailed, artifactSkipped, baselineKeyBlocked, summaryTruncated } from '../../src/action/messages.js';
import { fitSummary } from '../../src/action/summary.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-sweep-action-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fitSummary', () => {
  it('fitSummary(markdown) leaves a report within the limit untouched', () => {
    expect(fitSummary('# report', null)).toBe('# report');
  });

  it('fitSummary cuts an oversized report to the byte limit with a note, never splitting a character', () => {
    const markdown = 'é'.repeat(SUMMARY_LIMIT_BYTES); // 2 bytes each: twice the limit
    const fitted = fitSummary(markdown, 'https://x/artifacts/1');
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(fitted.endsWith(summaryTruncated('https://x/artifacts/1'))).toBe(true);
    expect(fitted).not.toContain('\uFFFD');
  });

  it('fitSummary honours a small limit exactly', () => {
    const fitted = fitSummary('x'.repeat(500), null, 200);
    expect(Buffer.byteLength(fitted, 'utf8')).toBe(200);
  });
});

describe('uploadReport', () => {
  it('uploadReport skips with a notice outside GitHub Actions (no ACTIONS_RUNTIME_TOKEN)', async () => {
    let called = false;
    const upload: ArtifactUploader = async () => {
      called = true;
      return { id: 1 };
    };
    const result = await uploadReport('lr-sweep-report', [], dir, { runtimeToken: undefined, runUrl: null }, upload);
    expect(result).toEqual({ status: 'skipped', notice: artifactSkipped(dir) });
    expect(called).toBe(false);
  });

  it('uploadReport uploads the files under the report folder and links the artifact on the run page', async () => {
    const seen: unknown[] = [];
    const upload: ArtifactUploader = async (name, files, root) => {
      seen.push({ name, files, root });
      return { id: 42 };
    };
    const files = [join(dir, 'report.md')];
    const result = await uploadReport('n', files, dir, { runtimeToken: 't', runUrl: 'https://github.com/o/r/actions/runs/9' }, upload);
    expect(result).toEqual({ status: 'uploaded', url: 'https://github.com/o/r/actions/runs/9/artifacts/42', id: 42 });
    expect(seen).toEqual([{ name: 'n', files, root: dir }]);
  });

  it('uploadReport turns an upload error into a warning', async () => {
    const upload: ArtifactUploader = () => Promise.reject(new Error('Conflict: an artifact with this name already exists'));
    const result = await uploadReport('n', [], dir, { runtimeToken: 't', runUrl: null }, upload);
    expect(result).toEqual({ status: 'failed', warning: artifactFailed('n', 'Conflict: an artifact with this name already exists') });
  });
});

describe('baseline file I/O', () => {
  it('checkBaselineWritable rejects a file it could not update, and leaves it untouched', async () => {
    const path = join(dir, 'train.yml');
    await writeFile(path, 'optimizer: adam\n');
    await expect(checkBaselineWritable({ path, display: 'train.yml', key: 'optimizer.lr' })).rejects.toThrow(baselineKeyBlocked('train.yml', 'optimizer.lr', 'optimizer'));
    expect(await readFile(path, 'utf8')).toBe('optimizer: adam\n');
    await expect(checkBaselineWritable({ path: join(dir, 'new.json'), display: 'new.json', key: null })).resolves.toBeUndefined();
  });

  it('saveBaseline creates the file and its folders; loadCommittedLr reads it back', async () => {
    const location = { path: join(dir, '.github', 'lr-sweep.json'), display: '.github/lr-sweep.json', key: null };
    expect(await loadCommittedLr(location)).toBeNull();
    await saveBaseline(location, 3.16227766e-4);
    expect(await readFile(location.path, 'utf8')).toBe('{\n  "lr": 0.000316\n}\n');
    expect(await loadCommittedLr(location)).toBe(0.000316);
  });

  it('saveBaseline keeps the other keys and comments of a YAML training config', async () => {
    const path = join(dir, 'train.yaml');
    const before = '# keep me\nepochs: 10 # and me\noptimizer:\n  name: sgd\n  lr: 0.1\n';
    await writeFile(path, before);
    await saveBaseline({ path, display: 'train.yaml', key: 'optimizer.lr' }, 0.0123456);
    expect(await readFile(path, 'utf8')).toBe(before.replace('lr: 0.1', 'lr: 0.0123'));
  });
});
