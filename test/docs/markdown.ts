/**
 * Just enough Markdown reading for the documentation tests: the pages, their fenced code blocks,
 * inline code spans, links, heading anchors (GitHub's slugs) and pipe tables. Fenced code is
 * blanked out before prose is scanned, so a link or a table inside a code block is not read as one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One documentation page. */
export interface DocPage {
  /** Path relative to the repository root, e.g. `docs/action.md`. */
  readonly path: string;
  readonly text: string;
}

/** A fenced code block. */
export interface CodeBlock {
  readonly page: string;
  /** The info string's first word (`yaml`, `sh`, ...), '' when none. */
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

/** README.md and every Markdown page under docs/. */
export function docPages(root = ROOT): DocPage[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(root, 'docs', name));
  return [join(root, 'README.md'), ...docs].map((file) => ({ path: relative(root, file), text: readFileSync(file, 'utf8') }));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;

/** The fenced code blocks of a page, in order. */
export function codeBlocks(page: DocPage): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = page.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (open === null) continue;
    const fence = open[1] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trim().startsWith(fence)) body.push(lines[j++] ?? '');
    blocks.push({ page: page.path, lang: open[2] ?? '', code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** The page's text with every fenced code block's lines emptied (line numbers kept). */
export function prose(page: DocPage): string {
  let inFence: string | null = null;
  return page.text
    .split('\n')
    .map((line) => {
      const fence = FENCE.exec(line);
      if (inFence === null && fence !== null) {
        inFence = fence[1] ?? '```';
        return '';
      }
      if (inFence !== null) {
        if (line.trim().startsWith(inFence)) inFence = null;
        return '';
      }
      return line;
    })
    .join('\n');
}

/** The inline code spans of the page's prose (single- or double-backtick spans). */
export function inlineCode(page: DocPage): string[] {
  return [...prose(page).matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map((m) => (m[2] ?? '').trim());
}

/** A link or image target in the prose. */
export interface Link {
  readonly page: string;
  readonly target: string;
}

/** Every `[text](target)` and `![alt](target)` of the page's prose, code spans excluded. */
export function links(page: DocPage): Link[] {
  const text = prose(page).replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({ page: page.path, target: m[1] ?? '' }));
}

/** GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a page's headings, with GitHub's `-1`, `-2` suffixes for repeats. */
export function anchors(page: DocPage): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const m of prose(page).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1] ?? '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** A pipe table with the nearest heading above it. */
export interface Table {
  readonly page: string;
  readonly heading: string;
  readonly header: readonly string[];
  /** Cells of each body row, trimmed. */
  readonly rows: readonly (readonly string[])[];
}

function cells(line: string): string[] {
  // Split on pipes that are not escaped (`\|` inside a cell is a literal pipe).
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The page's pipe tables (prose only). */
export function tables(page: DocPage): Table[] {
  const lines = prose(page).split('\n');
  const found: Table[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const h = /^#{1,6}\s+(.+)$/.exec(line);
    if (h !== null) heading = h[1] ?? '';
    if (!line.trimStart().startsWith('|') || !/^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(lines[i + 1] ?? '')) continue;
    const rows: string[][] = [];
    let j = i + 2;
    while (j < lines.length && (lines[j] ?? '').trimStart().startsWith('|')) rows.push(cells(lines[j++] ?? ''));
    found.push({ page: page.path, heading, header: cells(line), rows });
    i = j - 1;
  }
  return found;
}

/**
 * A shell line split into words as `sh` would for plain words: whitespace separates, single and
 * double quotes group (and are removed), a backslash-newline continues the line. No expansion.
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  const text = line.replace(/\\\n/g, ' ');
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== null) {
      if (c === quote) quote = null;
      else word = (word ?? '') + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word = word ?? '';
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === '#' && word === null) {
      break;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}
