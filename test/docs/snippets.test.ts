/**
 * Every TypeScript example in README.md and docs/ type-checks against the library as it is: each
 * ```ts block is compiled (with the project's strict tsconfig) as a module importing `lr-sweep` from
 * `src/index.ts`. Fragments that use values the reader brings (a result, their data loader) get
 * those declared, typed from the library itself, so a renamed export or option fails here.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeBlocks, docPages, ROOT } from './markdown.js';

/** Values a fragment uses without defining them, declared from the library's own types. */
const READER_VALUES: Readonly<Record<string, string>> = {
  'docs/report.md': [
    'declare const result: Parameters<typeof writeReport>[0];',
    'declare const drift: NonNullable<NonNullable<Parameters<typeof renderMarkdown>[1]>["drift"]>;',
    'declare const artifactUrl: string;',
    'declare const anyVegaLiteSpec: Parameters<typeof renderSpec>[0];',
  ].join('\n'),
  'docs/tfjs-configs.md': 'declare function loadMyData(): Promise<{ images: Float32Array; labels: Int32Array }>;',
};

const snippets = docPages()
  .flatMap(codeBlocks)
  .filter((b) => b.lang === 'ts' || b.lang === 'typescript')
  .map((b, i) => ({
    where: `${b.page}:${b.line}`,
    file: join(ROOT, 'test', 'docs', `__snippet_${i}.mts`),
    text: `${b.code.replace(/from 'lr-sweep'/g, "from '../../src/index.js'")}\n${READER_VALUES[b.page] ?? ''}\nexport {};\n`,
  }));

function typeErrors(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  // Examples may leave a value unused (they show a call); everything else is as strict as the project.
  const options = { ...config.options, noUnusedLocals: false, noUnusedParameters: false, noEmit: true };
  const virtual = new Map(snippets.map((s) => [s.file, s.text]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = virtual.get(file);
    return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const where = new Map(snippets.map((s) => [s.file, s.where]));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && virtual.has(d.file.fileName))
    .map((d) => {
      const line = d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line ?? 0;
      return `${where.get(d.file?.fileName ?? '')} (+${line + 1}): ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe('TypeScript examples in the docs', () => {
  it('finds the library, report and config examples', () => {
    expect(snippets.map((s) => s.where.split(':')[0]).sort()).toEqual(['docs/library.md', 'docs/report.md', 'docs/tfjs-configs.md']);
  });

  // One compile of the library's types (tfjs included): 10-60 s on a busy 2-core machine.
  it('every ```ts example type-checks against src/index.ts under the strict tsconfig', { timeout: 300_000 }, () => {
    expect(typeErrors()).toEqual([]);
  });
});
