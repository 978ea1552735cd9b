/**
 * The documentation is checked against the code: links resolve, every `lr-sweep <command> --flag`
 * shown exists, every `with:` key of an lr-sweep step is an input of action.yml, the input/output
 * tables list exactly action.yml's, the README's test command is the one CI runs, and every
 * self-hosted job shown is gated before checkout (its `if:` evaluated for fork and same-repo events).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseTolerance, readCommittedLr } from '../../src/action/guard.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runs } from './expression.js';
import { anchors, codeBlocks, docPages, inlineCode, links, ROOT, shellWords, tables, type CodeBlock } from './markdown.js';

const pages = docPages();
const blocks = pages.flatMap(codeBlocks);
const yamlBlocks = blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml');

/** Pages another branch writes (linked from here); a link to them may dangle until that branch is merged. */
const WRITTEN_ELSEWHERE = new Set(['docs/development.md', 'docs/results-schema.md']);

interface ActionYml {
  readonly inputs: Record<string, { readonly default?: string }>;
  readonly outputs: Record<string, unknown>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const INPUTS = new Set(Object.keys(action.inputs));
const OUTPUTS = new Set(Object.keys(action.outputs));

/** Each command's flags, read from its `--help`, which is generated from the command's flag table. */
const FLAGS = new Map(
  COMMANDS.map((c) => [c.name, new Set([...c.help.matchAll(/^ {2}(?:-\w, | {4})(--[a-z][a-z0-9-]*)/gm)].map((m) => m[1] ?? ''))]),
);

/** Where a piece of documentation is, for failure messages. */
function at(block: CodeBlock): string {
  return `${block.page}:${block.line}`;
}

/** An `lr-sweep <command> ...` invocation shown in the docs. */
interface Invocation {
  readonly where: string;
  readonly command: string;
  readonly flags: readonly string[];
}

const SHELL_OPERATORS = new Set(['|', '||', '&&', ';', '>', '>>', '2>', '&']);
/** Blocks holding commands (Python: in comments); plain blocks hold program output. */
const COMMAND_BLOCKS = new Set(['sh', 'bash', 'shell', 'console', 'python']);

/** Lines whose first word is `lr-sweep` (after an optional `#`, `$` or `npx`) are invocations. */
function invocationsIn(text: string, where: string): Invocation[] {
  const found: Invocation[] = [];
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    for (const m of line.matchAll(/^\s*(?:[#$]\s*)?(?:npx\s+)?lr-sweep\s+([a-z][a-z-]*)(.*)$/g)) {
      const words = shellWords(m[2] ?? '');
      const end = words.findIndex((w) => SHELL_OPERATORS.has(w));
      const flags = (end === -1 ? words : words.slice(0, end)).filter((w) => w.startsWith('-')).map((w) => w.split('=')[0] ?? w);
      found.push({ where, command: m[1] ?? '', flags });
    }
  }
  return found;
}

const invocations: Invocation[] = [
  ...blocks.filter((b) => COMMAND_BLOCKS.has(b.lang)).flatMap((b) => invocationsIn(b.code, at(b))),
  ...pages.flatMap((p) => inlineCode(p).flatMap((code) => invocationsIn(code, `${p.path} \`${code}\``))),
];

/** Every object in a parsed YAML document that is a step using the lr-sweep action. */
function lrSweepSteps(node: unknown): { uses: string; with?: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap(lrSweepSteps);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record['uses'] === 'string' && /(^|\/)lr-sweep@/.test(record['uses']) ? [record as { uses: string; with?: Record<string, unknown> }] : [];
  return [...own, ...Object.values(record).flatMap(lrSweepSteps)];
}

/** Backquoted names in the first column of the table under `heading` on docs/action.md. */
function firstColumnNames(heading: string): Set<string> {
  const table = pages.flatMap(tables).find((t) => t.page === 'docs/action.md' && t.heading === heading);
  if (table === undefined) throw new Error(`docs/action.md has no table under "## ${heading}"`);
  return new Set(table.rows.flatMap((row) => [...(row[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')));
}

describe('README.md and docs/', () => {
  it('README.md is a front page of at most 300 lines', () => {
    const readme = pages.find((p) => p.path === 'README.md');
    expect(readme?.text.split('\n').length).toBeLessThanOrEqual(300);
  });

  it('every relative link resolves to a file, and every #anchor to a heading of its page', () => {
    const pageByPath = new Map(pages.map((p) => [p.path, p]));
    const broken: string[] = [];
    for (const link of pages.flatMap(links)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link.target)) continue;
      const [path = '', anchor] = link.target.split('#');
      const file = path === '' ? link.page : normalize(join(dirname(link.page), decodeURI(path)));
      if (!existsSync(join(ROOT, file))) {
        if (!WRITTEN_ELSEWHERE.has(file)) broken.push(`${link.page}: ${link.target} (no file ${file})`);
        continue;
      }
      const target = pageByPath.get(file);
      if (anchor !== undefined && target !== undefined && !anchors(target).has(anchor)) {
        broken.push(`${link.page}: ${link.target} (no heading #${anchor} in ${file})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every repository path shown (fixtures/, scripts/, bench/) exists', () => {
    const missing = pages.flatMap((p) =>
      [...p.text.matchAll(/(?<![\w/.$<-])((?:fixtures|scripts|bench)\/[\w.-]+(?:\/[\w.-]+)*)/g)]
        .map((m) => (m[1] ?? '').replace(/[.]$/, ''))
        .filter((path) => !existsSync(join(ROOT, path)))
        .map((path) => `${p.path}: ${path}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('lr-sweep commands shown in the docs', () => {
  it('finds the invocations (the scan itself works)', () => {
    const commands = new Set(invocations.map((i) => i.command));
    for (const name of ['search', 'analyze', 'report', 'range-test', 'validate']) expect(commands).toContain(name);
    expect(invocations.length).toBeGreaterThan(20);
  });

  it('every `lr-sweep <command> --flag` names a real command and one of its flags', () => {
    const wrong = invocations.flatMap((i) => {
      const flags = FLAGS.get(i.command);
      if (flags === undefined) return [`${i.where}: no command "${i.command}"`];
      return i.flags.filter((f) => !flags.has(f)).map((f) => `${i.where}: lr-sweep ${i.command} has no flag ${f}`);
    });
    expect(wrong).toEqual([]);
  });

  it('each flag table lists exactly the flags of the command its heading names', () => {
    const flagTables = pages.flatMap(tables).filter((t) => /^flag$/i.test(t.header[0] ?? ''));
    expect(flagTables.map((t) => /`lr-sweep ([a-z-]+)`/.exec(t.heading)?.[1]).sort()).toEqual(['range-test', 'search', 'validate']);
    for (const table of flagTables) {
      const command = /`lr-sweep ([a-z-]+)`/.exec(table.heading)?.[1] ?? '';
      const shown = new Set(table.rows.flatMap((row) => [...(row[0] ?? '').matchAll(/--[a-z][a-z0-9-]*/g)].map((m) => m[0])));
      const real = new Set([...(FLAGS.get(command) ?? [])].filter((f) => f !== '--help'));
      expect({ page: table.page, command, flags: [...shown].sort() }).toEqual({ page: table.page, command, flags: [...real].sort() });
    }
  });
});

describe('the Action in the docs', () => {
  it('every YAML example parses', () => {
    const bad = yamlBlocks.flatMap((b) => {
      try {
        parse(b.code);
        return [];
      } catch (error) {
        return [`${at(b)}: ${(error as Error).message.split('\n')[0]}`];
      }
    });
    expect(yamlBlocks.length).toBeGreaterThan(8);
    expect(bad).toEqual([]);
  });

  it('every `with:` key of an lr-sweep step is an input of action.yml', () => {
    const steps = yamlBlocks.flatMap((b) => lrSweepSteps(parse(b.code)).map((step) => ({ where: at(b), step })));
    expect(steps.length).toBeGreaterThan(6);
    const unknown = steps.flatMap(({ where, step }) => Object.keys(step.with ?? {}).filter((k) => !INPUTS.has(k)).map((k) => `${where}: ${k}`));
    expect(unknown).toEqual([]);
  });

  it('every `steps.<id>.outputs.<name>` shown is an output of action.yml', () => {
    const used = pages.flatMap((p) => [...p.text.matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g)].map((m) => m[1] ?? ''));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !OUTPUTS.has(name))).toEqual([]);
  });

  it('the Inputs and Outputs tables of docs/action.md list exactly the inputs and outputs of action.yml', () => {
    expect([...firstColumnNames('Inputs')].sort()).toEqual([...INPUTS].sort());
    expect([...firstColumnNames('Outputs')].sort()).toEqual([...OUTPUTS].sort());
  });

  it('the baseline file examples are read by the action as the value they show', () => {
    const shown = codeBlocks(pages.find((p) => p.path === 'docs/action.md') ?? { path: '', text: '' }).filter((b) => b.lang === 'json' || /^# train\.yaml/.test(b.code));
    expect(shown.map((b) => b.lang)).toEqual(['json', 'yaml']);
    const [json, yaml] = shown;
    expect(readCommittedLr(json?.code ?? '', '.github/lr-sweep.json', action.inputs['baseline-key']?.default ?? null)).toBe(0.000316);
    const key = /baseline-key: ([\w.]+)/.exec(yaml?.code ?? '')?.[1] ?? null;
    expect(readCommittedLr(yaml?.code ?? '', 'train.yaml', key)).toBe(0.000316);
  });

  it('every tolerance shown (in YAML or in prose) is one the action accepts', () => {
    const values = [
      ...yamlBlocks.flatMap((b) => lrSweepSteps(parse(b.code)).map((s) => s.with?.['tolerance']).filter((t) => t !== undefined).map(String)),
      ...pages.flatMap((p) => inlineCode(p).filter((c) => /^\d+(\.\d+)?x$/.test(c))),
    ];
    expect(values.length).toBeGreaterThan(3);
    expect(values.filter((t) => parseTolerance(t) === null)).toEqual([]);
  });

  it('every self-hosted job shown is gated on the head repository by a job-level if, so forks never reach checkout', () => {
    const repo = 'octo/models';
    const pr = (head: string | null) => ({ pull_request: { head: { repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: repo } } } });
    // [event, payload, may run]: a fork's code must never run; a same-repository PR and a push must.
    const cases: [string, object, boolean][] = [
      ['push', {}, true],
      ['pull_request', pr(repo), true],
      ['pull_request', pr('Octo/Models'), true],
      ['pull_request', pr('mallory/models'), false],
      ['pull_request', pr(null), false],
      ['pull_request_target', pr('mallory/models'), false],
      ['pull_request_review', pr('mallory/models'), false],
      ['pull_request_review_comment', pr('mallory/models'), false],
      ['issue_comment', { issue: { number: 7, pull_request: {} } }, false],
      ['workflow_run', { workflow_run: { head_repository: { full_name: 'mallory/models' } } }, false],
    ];
    const jobs = yamlBlocks.flatMap((b) => {
      const doc = parse(b.code) as { on?: unknown; jobs?: Record<string, { 'runs-on'?: unknown; if?: string; steps?: { uses?: string }[] }> } | null;
      return Object.entries(doc?.jobs ?? {})
        .filter(([, job]) => [job['runs-on']].flat().includes('self-hosted'))
        .map(([name, job]) => ({ where: `${at(b)} job ${name}`, job, on: doc?.on }));
    });
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    for (const { where, job, on } of jobs) {
      expect(job.if, `${where}: no job-level if`).toBeTypeOf('string');
      expect(job.steps?.some((s) => s.uses?.startsWith('actions/checkout@')), `${where}: checks out`).toBe(true);
      // A fragment without `on:` is judged for every case; a full workflow for the events it lists.
      const events = on === undefined ? null : new Set(typeof on === 'string' ? [on] : Object.keys(on as object));
      for (const [event, payload, allowed] of cases) {
        if (events !== null && !events.has(event)) continue;
        const context = { github: { event_name: event, event: payload, repository: repo } };
        expect({ where, event, payload, runs: runs(job.if ?? '', context) }).toEqual({ where, event, payload, runs: allowed });
      }
    }
  });
});

describe('the commands a newcomer runs', () => {
  const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const readme = codeBlocks(pages.find((p) => p.path === 'README.md') ?? { path: 'README.md', text: '' });
  const readmeText = pages.find((p) => p.path === 'README.md')?.text ?? '';

  it("the README's test command is the command .ci/run runs last", () => {
    const line = readmeText.split('\n').findIndex((l) => l.startsWith('Run the tests'));
    const block = readme.find((b) => b.line > line + 1);
    expect(line).toBeGreaterThan(0);
    expect(block?.code.trim()).toBe('npm test');
    expect(ci.at(-1)).toBe(block?.code.trim());
  });

  it("the README's install step is the setup .ci/run runs before the tests", () => {
    const quickStart = readme.find((b) => b.lang === 'sh');
    const setup = quickStart?.code.trim().split(' && ')[0];
    expect(setup).toBe('bash scripts/setup.sh');
    expect(ci).toContain(setup);
  });
});
