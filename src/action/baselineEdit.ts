/**
 * Byte-exact edits of a baseline file: set one learning rate at a key path in JSON or YAML text and
 * change no other byte. An existing value is replaced in place (in its own quoting); a missing key is
 * inserted after the last entry of the deepest existing mapping, in that mapping's layout (one-line
 * objects stay on one line, block mappings get a line at their items' indentation, new levels follow
 * the file's indentation unit). Pure: text in, text out.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, parseDocument, Scalar, type Pair } from 'yaml';
import { UsageError } from '../errors.js';
import { baselineKeyAmbiguous, baselineEditUnsafe } from './messages.js';

/** Key paths longer than this are taken as nested only (2^(n-1) splits would be checked otherwise). */
const MAX_SPLIT_PARTS = 12;

/** Every way to read `key` as a path: each dot either separates two keys or belongs to one. */
function splits(parts: readonly string[]): string[][] {
  if (parts.length <= 1) return [[...parts]];
  const [first, ...rest] = parts as [string, ...string[]];
  return splits(rest).flatMap(([head, ...tail]) => [
    [first, head ?? '', ...tail],
    [`${first}.${head ?? ''}`, ...tail],
  ]);
}

function hasPath(root: unknown, path: readonly string[]): boolean {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * The key path `key` names in the parsed file `root`: split at every dot, unless exactly one other
 * reading (a literal dotted key such as `"a.b"`) exists in the file. Two readings that both exist are
 * a UsageError naming both.
 */
export function resolveKeyPath(root: unknown, key: string, file: string): string[] {
  const parts = key.split('.');
  if (parts.length > MAX_SPLIT_PARTS) return parts;
  const found = splits(parts).filter((path) => hasPath(root, path));
  if (found.length > 1) {
    const byDepth = [...found].sort((a, b) => a.length - b.length);
    throw new UsageError(baselineKeyAmbiguous(file, key, byDepth));
  }
  return found[0] ?? parts;
}

/** The file's indentation unit (tab or the smallest indentation in spaces, default two) and line ending. */
function layoutOf(text: string, skip: (line: string) => boolean): { unit: string; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let unit: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const lead = /^[ \t]+/.exec(line)?.[0];
    if (lead === undefined || line.trim() === '' || skip(line)) continue;
    if (lead.startsWith('\t')) return { unit: '\t', eol };
    if (unit === null || lead.length < unit.length) unit = lead;
  }
  return { unit: unit ?? '  ', eol };
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** The indentation of the entry starting at `offset` when only whitespace precedes it on its line, else null. */
function columnIndent(text: string, offset: number): string | null {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(start, offset);
  return /^[ \t]*$/.test(before) ? before : null;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  if (end === -1) return text.length;
  return text[end - 1] === '\r' ? end - 1 : end;
}

const splice = (text: string, at: number, remove: number, insert: string): string => text.slice(0, at) + insert + text.slice(at + remove);

/** Refuses an edit that changed anything but the value at `path` (a bug guard, never expected to fire). */
function verified(before: unknown, after: unknown, path: readonly string[], value: number, file: string, text: string): string {
  const expected = structuredClone(before ?? {}) as Record<string, unknown>;
  let cursor = expected;
  for (const part of path.slice(0, -1)) {
    const next = cursor[part];
    if (next === null || typeof next !== 'object') cursor[part] = {};
    cursor = cursor[part] as Record<string, unknown>;
  }
  const last = path[path.length - 1] ?? '';
  cursor[last] = typeof cursor[last] === 'string' ? String(value) : value;
  if (!isDeepStrictEqual(after, expected)) throw new UsageError(baselineEditUnsafe(file));
  return text;
}

/** A JSON string's quote is kept, so a string stays a string for the user's training code. */
export function setJsonValue(text: string, path: readonly string[], value: number, file: string): string {
  const valueText = String(value);
  const root = parseTree(text);
  if (root === undefined) throw new UsageError(baselineEditUnsafe(file));
  const { unit, eol } = layoutOf(text, () => false);
  let node: JsonNode = root;
  let parent: JsonNode | null = null;
  let depth = 0;
  while (depth < path.length && node.type === 'object') {
    // JSON.parse keeps the last of duplicate keys: edit that one.
    const property: JsonNode | undefined = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === path[depth]);
    const child = property?.children?.[1];
    if (child === undefined) break;
    parent = node;
    node = child;
    depth++;
  }
  let edited: string;
  const rest = path.slice(depth);
  const oneLine = (n: JsonNode): boolean => !text.slice(n.offset, n.offset + n.length).includes('\n');
  const flat = (parts: readonly string[]): string => (parts.length === 0 ? valueText : `{${JSON.stringify(parts[0])}: ${flat(parts.slice(1))}}`);
  const block = (parts: readonly string[], indent: string): string =>
    parts.length === 0 ? valueText : `{${eol}${indent}${unit}${JSON.stringify(parts[0])}: ${block(parts.slice(1), indent + unit)}${eol}${indent}}`;
  if (rest.length === 0) {
    const quote = node.type === 'string' ? '"' : '';
    edited = splice(text, node.offset, node.length, quote + valueText + quote);
  } else if (node.type === 'null') {
    edited = splice(text, node.offset, node.length, parent !== null && oneLine(parent) ? flat(rest) : block(rest, lineIndent(text, node.offset)));
  } else {
    const children = node.children ?? [];
    const lastChild = children[children.length - 1];
    const [head, ...tail] = rest as [string, ...string[]];
    if (oneLine(node)) {
      const entry = `${JSON.stringify(head)}: ${flat(tail)}`;
      edited = lastChild === undefined ? splice(text, node.offset + 1, 0, entry) : splice(text, lastChild.offset + lastChild.length, 0, `, ${entry}`);
    } else {
      const first = children[0];
      const indent = (first === undefined ? null : columnIndent(text, first.offset)) ?? lineIndent(text, node.offset) + unit;
      const entry = `${indent}${JSON.stringify(head)}: ${block(tail, indent)}`;
      edited = lastChild === undefined ? splice(text, node.offset + 1, 0, `${eol}${entry}`) : splice(text, lastChild.offset + lastChild.length, 0, `,${eol}${entry}`);
    }
  }
  return verified(JSON.parse(text), JSON.parse(edited), path, value, file, edited);
}

const PLAIN_KEY = /^[A-Za-z_][\w.-]*$/;
const yamlKey = (key: string): string => (PLAIN_KEY.test(key) ? key : JSON.stringify(key));

/** A YAML value is replaced in its own quoting; comments, other scalars' spelling and layout stay. */
export function setYamlValue(text: string, path: readonly string[], value: number, file: string): string {
  const valueText = String(value);
  const doc = parseDocument(text, { keepSourceTokens: true });
  const { unit, eol } = layoutOf(text, (line) => line.trimStart().startsWith('#'));
  let node: unknown = doc.contents;
  let pair: Pair | null = null;
  let depth = 0;
  while (depth < path.length && isMap(node)) {
    const found: Pair | undefined = [...node.items].reverse().find((p) => isScalar(p.key) && String(p.key.value) === path[depth]);
    if (found === undefined) break;
    pair = found;
    node = found.value;
    depth++;
  }
  const rest = path.slice(depth);
  const flat = (parts: readonly string[]): string => (parts.length === 0 ? valueText : `{${yamlKey(parts[0] ?? '')}: ${flat(parts.slice(1))}}`);
  const lines = (parts: readonly string[], indent: string): string =>
    parts.map((part, i) => `${indent}${unit.repeat(i)}${yamlKey(part)}:${i === parts.length - 1 ? ` ${valueText}` : ''}`).join(eol);
  let edited: string;
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const empty = start === end;
    if (rest.length === 0) {
      const quote = node.type === Scalar.QUOTE_DOUBLE ? '"' : node.type === Scalar.QUOTE_SINGLE ? "'" : '';
      edited = splice(text, start, end - start, empty ? ` ${valueText}` : quote + valueText + quote);
    } else if (!empty) {
      edited = splice(text, start, end - start, flat(rest));
    } else {
      const keyStart = pair !== null && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : start;
      const indent = (columnIndent(text, keyStart) ?? lineIndent(text, keyStart)) + unit;
      edited = splice(text, lineEnd(text, keyStart), 0, eol + lines(rest, indent));
    }
  } else if (isMap(node) && node.range && rest.length > 0) {
    const [start, valueEnd] = node.range;
    const lastItem = node.items[node.items.length - 1];
    if (node.flow === true) {
      const entry = `${yamlKey(rest[0] ?? '')}: ${flat(rest.slice(1))}`;
      const itemEnd = lastItem === undefined ? null : ((isScalar(lastItem.value) || isMap(lastItem.value)) && lastItem.value.range ? lastItem.value.range[1] : isScalar(lastItem.key) ? lastItem.key.range?.[1] : undefined);
      if (itemEnd === undefined) throw new UsageError(baselineEditUnsafe(file));
      edited = itemEnd === null ? splice(text, start + 1, 0, entry) : splice(text, itemEnd, 0, `, ${entry}`);
    } else {
      const firstKey = node.items[0]?.key;
      const keyStart = isScalar(firstKey) && firstKey.range ? firstKey.range[0] : start;
      const indent = columnIndent(text, keyStart) ?? '';
      edited = text[valueEnd - 1] === '\n' ? splice(text, valueEnd, 0, lines(rest, indent) + eol) : splice(text, lineEnd(text, valueEnd), 0, eol + lines(rest, indent));
    }
  } else {
    throw new UsageError(baselineEditUnsafe(file));
  }
  return verified(doc.toJS(), parseDocument(edited).toJS(), path, value, file, edited);
}
