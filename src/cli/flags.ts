/**
 * Typed flag parsing on `node:util` parseArgs. A command declares its flags as an object of
 * {@link FlagDef}s (camelCase keys become `--kebab-case` flags) and gets back typed values; every bad
 * input throws a one-line `UsageError` naming the flag, the value and what is allowed.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { parseDecimal } from '../numbers.js';
import { flagName, messages } from './messages.js';

/** One flag: how it appears in help and how its raw text becomes a typed value. */
export interface FlagDef<T> {
  /** 'boolean' flags take no value; 'string' flags take one (`--x V` or `--x=V`). */
  readonly type: 'string' | 'boolean';
  /** One-letter alias without the dash, e.g. 'h'. Default: none. */
  readonly short?: string;
  /** Placeholder for the value in help, e.g. 'LR'. Default 'VALUE'. */
  readonly valueName?: string;
  /** One line for the help table. */
  readonly help: string;
  /** The default as shown in help, or undefined when there is none. */
  readonly defaultText?: string;
  /** Turns the raw value (undefined when the flag is absent) into the typed value; throws UsageError. */
  readonly convert: (raw: string | boolean | undefined, flag: string) => T;
  /** For a flag that may be given more than once: turns every value, in order, into the typed value. Default: a second value is refused. */
  readonly convertAll?: (raw: readonly string[], flag: string) => T;
}

/** A command's flags, keyed by camelCase name. */
export type FlagSpecs = Readonly<Record<string, FlagDef<unknown>>>;

/** The typed values parsed from {@link FlagSpecs}. */
export type FlagValues<S extends FlagSpecs> = { readonly [K in keyof S]: S[K] extends FlagDef<infer T> ? T : never };

/** Options for {@link parseFlags}. */
export interface ParseFlagsOptions {
  /** The command's name, for messages ("search"). */
  readonly command: string;
  /** Fewest positional arguments allowed. Default 0. */
  readonly minPositionals?: number;
  /** Most positional arguments allowed. Default 0. */
  readonly maxPositionals?: number;
  /** What the positionals are, for the "needs ..." message, e.g. "a FILE". Default "an argument". */
  readonly positionalName?: string;
}

/** What {@link parseFlags} returns. */
export interface ParsedFlags<S extends FlagSpecs> {
  readonly values: FlagValues<S>;
  readonly positionals: readonly string[];
  /** Keys of the flags the user gave explicitly (as opposed to defaults). */
  readonly given: ReadonlySet<keyof S & string>;
}

/**
 * Parses `argv` (the arguments after the command name) against `specs`.
 * @throws UsageError for an unknown flag, a missing or malformed value, or the wrong number of positionals.
 * @example parseFlags(['--steps', '30'], { steps: integerFlag({ help: 'steps', default: 20, min: 1 }) }, { command: 'search' })
 */
export function parseFlags<S extends FlagSpecs>(argv: readonly string[], specs: S, options: ParseFlagsOptions): ParsedFlags<S> {
  const byFlag = new Map<string, string>();
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple: true }> = {};
  for (const [key, def] of Object.entries(specs)) {
    const long = flagName(key).slice(2);
    byFlag.set(long, key);
    // multiple: a repeated flag is seen (and refused) instead of silently taking the last value.
    config[long] = def.short === undefined ? { type: def.type, multiple: true } : { type: def.type, short: def.short, multiple: true };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, specs), options: config, strict: true, allowPositionals: true });
  } catch (error) {
    throw translateParseError(error, [...byFlag.keys()], options.command);
  }
  const values: Record<string, unknown> = {};
  const given = new Set<keyof S & string>();
  for (const [key, def] of Object.entries(specs)) {
    const raw = parsed.values[flagName(key).slice(2)];
    if (def.convertAll !== undefined) {
      const all = (Array.isArray(raw) ? raw : []).filter((v): v is string => typeof v === 'string');
      if (all.length > 0) given.add(key as keyof S & string);
      values[key] = def.convertAll(all, flagName(key));
      continue;
    }
    if (Array.isArray(raw) && raw.length > 1) {
      throw new UsageError(messages.repeatedFlag(flagName(key), raw.filter((v): v is string => typeof v === 'string')));
    }
    const rawValue = Array.isArray(raw) ? raw[0] : raw;
    if (rawValue !== undefined) given.add(key as keyof S & string);
    values[key] = def.convert(rawValue, flagName(key));
  }
  const positionals = parsed.positionals;
  const max = options.maxPositionals ?? 0;
  const min = options.minPositionals ?? 0;
  if (positionals.length > max) throw new UsageError(messages.unexpectedArgument(positionals[max] ?? '', options.command));
  if (positionals.length < min) throw new UsageError(messages.missingArgument(options.positionalName ?? 'an argument', options.command));
  return { values: values as FlagValues<S>, positionals, given };
}

/** `--seed -1` would read "-1" as a flag; rewrite it to `--seed=-1` so negative numbers reach the converter. */
function joinNegativeValues(argv: readonly string[], specs: FlagSpecs): string[] {
  const stringFlags = new Set(Object.entries(specs).filter(([, d]) => d.type === 'string').map(([k]) => flagName(k)));
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (stringFlags.has(arg) && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

function translateParseError(error: unknown, known: readonly string[], command: string): Error {
  if (!(error instanceof Error)) return new UsageError(String(error));
  const code = (error as { code?: string }).code;
  const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(messages.unknownFlag(flag, command, suggest(flag, known)));
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(error.message.includes('does not take') ? messages.flagTakesNoValue(flag) : messages.missingValue(flag));
  }
  return new UsageError(error.message.split('\n')[0] ?? error.message);
}

/** The closest known flag within two edits, for "did you mean". */
function suggest(flag: string, known: readonly string[]): string | null {
  const name = flag.replace(/^-+/, '').split('=')[0] ?? '';
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = `--${candidate}`;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Converters: raw text → typed value, or a UsageError naming the flag, the value and what is allowed.

/** Bounds for {@link toNumber} and {@link toInteger}. */
export interface NumberRange {
  /** Smallest allowed value. Default: none. */
  readonly min?: number;
  /** Largest allowed value. Default: none. */
  readonly max?: number;
  /** When true, `min` itself is not allowed (value > min). Default false. */
  readonly minExclusive?: boolean;
}

function describeRange(kind: string, range: NumberRange): string {
  const parts: string[] = [];
  if (range.min !== undefined) parts.push(`${range.minExclusive === true ? '>' : '>='} ${range.min}`);
  if (range.max !== undefined) parts.push(`<= ${range.max}`);
  return parts.length === 0 ? kind : `${kind} ${parts.join(' and ')}`;
}

function inRange(value: number, range: NumberRange): boolean {
  if (range.min !== undefined && (range.minExclusive === true ? value <= range.min : value < range.min)) return false;
  return range.max === undefined || value <= range.max;
}

/** A sign is read only where the range lets a negative value mean something. */
function signed(range: NumberRange): boolean {
  return range.min === undefined || range.min < 0;
}

/** A finite decimal number within `range` ("1e-3", "0.5"; not "0x10", "", "Infinity"), read by {@link parseDecimal}. */
export function toNumber(raw: string, flag: string, range: NumberRange = {}): number {
  const value = parseDecimal(raw, { signed: signed(range) });
  if (value === null || !inRange(value, range)) {
    throw new UsageError(messages.badValue(flag, raw, describeRange('a number', range)));
  }
  return value;
}

/** A whole number within `range` ("20"; not "2.5", "1e400"). */
export function toInteger(raw: string, flag: string, range: NumberRange = {}): number {
  const value = parseDecimal(raw, { integer: true, signed: signed(range) });
  if (value === null || !inRange(value, range)) {
    throw new UsageError(messages.badValue(flag, raw, describeRange('a whole number', range)));
  }
  return value;
}

/** A learning rate: a finite number > 0, e.g. "1e-7", "0.3". */
export function toLr(raw: string, flag: string): number {
  const value = parseDecimal(raw);
  if (value === null || value <= 0) {
    throw new UsageError(messages.badValue(flag, raw, 'a learning rate > 0, such as 1e-3'));
  }
  return value;
}

/**
 * One of `choices`, or an alias of one (`aliases` maps alias → choice), case-sensitive.
 * The message lists only the canonical choices, then the hint `hints` gives for the refused value
 * (looked up lower-cased), if any.
 */
export function toChoice<T extends string>(
  raw: string,
  flag: string,
  choices: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
  hints: Readonly<Record<string, string>> = {},
): T {
  const found = choices.find((c) => c === raw) ?? aliases[raw];
  if (found === undefined) {
    const hint = hints[raw.trim().toLowerCase()];
    throw new UsageError(`${messages.badValue(flag, raw, `one of ${choices.join(', ')}`)}${hint === undefined ? '' : `; ${hint}`}`);
  }
  return found;
}

/** A non-empty path, returned as given (commands resolve it against `io.cwd`). */
export function toPath(raw: string, flag: string): string {
  if (raw.trim() === '') throw new UsageError(messages.badValue(flag, raw, 'a file or directory path'));
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Flag builders. With `default` the value is always set; without, it is undefined when absent.

/** Common options of every flag builder. */
export interface FlagOptions<T> {
  /** One line for the help table. */
  readonly help: string;
  /** Value when the flag is absent. Default: undefined. */
  readonly default?: T;
  /** Placeholder for the value in help. Default depends on the kind ('N', 'LR', 'PATH', ...). */
  readonly valueName?: string;
  /** One-letter alias. Default: none. */
  readonly short?: string;
}

function stringFlag<T>(options: FlagOptions<T>, valueName: string, convert: (raw: string, flag: string) => T, show: (v: T) => string = String): FlagDef<T | undefined> {
  return {
    type: 'string',
    ...(options.short === undefined ? {} : { short: options.short }),
    valueName: options.valueName ?? valueName,
    help: options.help,
    ...(options.default === undefined ? {} : { defaultText: show(options.default) }),
    convert: (raw, flag) => (raw === undefined || typeof raw === 'boolean' ? options.default : convert(raw, flag)),
  };
}

/** A number flag (see {@link toNumber}). */
export function numberFlag(options: FlagOptions<number> & NumberRange & { default: number }): FlagDef<number>;
export function numberFlag(options: FlagOptions<number> & NumberRange): FlagDef<number | undefined>;
export function numberFlag(options: FlagOptions<number> & NumberRange): FlagDef<number | undefined> {
  return stringFlag(options, 'N', (raw, flag) => toNumber(raw, flag, options));
}

/** A whole-number flag (see {@link toInteger}). */
export function integerFlag(options: FlagOptions<number> & NumberRange & { default: number }): FlagDef<number>;
export function integerFlag(options: FlagOptions<number> & NumberRange): FlagDef<number | undefined>;
export function integerFlag(options: FlagOptions<number> & NumberRange): FlagDef<number | undefined> {
  return stringFlag(options, 'N', (raw, flag) => toInteger(raw, flag, options));
}

/** A learning-rate flag (see {@link toLr}). */
export function lrFlag(options: FlagOptions<number> & { default: number }): FlagDef<number>;
export function lrFlag(options: FlagOptions<number>): FlagDef<number | undefined>;
export function lrFlag(options: FlagOptions<number>): FlagDef<number | undefined> {
  return stringFlag(options, 'LR', toLr);
}

/** Options of {@link choiceFlag} beyond the common ones. */
export interface ChoiceFlagOptions<T extends string> extends FlagOptions<T> {
  /** The accepted values, as the help and the error list them. */
  readonly choices: readonly T[];
  /** Other spellings accepted for a choice (alias → choice). Default: none. */
  readonly aliases?: Readonly<Record<string, T>>;
  /** A sentence added to the error for a refused value (lower-case value → sentence), e.g. where that name lives instead. Default: none. */
  readonly hints?: Readonly<Record<string, string>>;
}

/** An enum flag (see {@link toChoice}). */
export function choiceFlag<T extends string>(options: ChoiceFlagOptions<T> & { default: T }): FlagDef<T>;
export function choiceFlag<T extends string>(options: ChoiceFlagOptions<T>): FlagDef<T | undefined>;
export function choiceFlag<T extends string>(options: ChoiceFlagOptions<T>): FlagDef<T | undefined> {
  return stringFlag(options, options.choices.join('|'), (raw, flag) => toChoice(raw, flag, options.choices, options.aliases ?? {}, options.hints ?? {}));
}

/** A path flag (see {@link toPath}). */
export function pathFlag(options: FlagOptions<string> & { default: string }): FlagDef<string>;
export function pathFlag(options: FlagOptions<string>): FlagDef<string | undefined>;
export function pathFlag(options: FlagOptions<string>): FlagDef<string | undefined> {
  return stringFlag(options, 'PATH', toPath);
}

/** A free-text flag; an empty value is rejected. */
export function textFlag(options: FlagOptions<string>): FlagDef<string | undefined> {
  return stringFlag(options, 'TEXT', (raw, flag) => {
    if (raw.trim() === '') throw new UsageError(messages.badValue(flag, raw, 'a non-empty value'));
    return raw;
  });
}

/** A free-text flag that may be repeated (`--x A --x B`): every value in order, [] when absent; an empty value is rejected. */
export function listFlag(options: { help: string; valueName?: string }): FlagDef<readonly string[]> {
  return {
    type: 'string',
    valueName: options.valueName ?? 'TEXT',
    help: `${options.help} (repeatable)`,
    convert: () => [],
    convertAll: (raw, flag) => {
      const empty = raw.find((value) => value.trim() === '');
      if (empty !== undefined) throw new UsageError(messages.badValue(flag, empty, 'a non-empty value'));
      return raw;
    },
  };
}

/** An on/off flag; false when absent. */
export function booleanFlag(options: { help: string; short?: string }): FlagDef<boolean> {
  return {
    type: 'boolean',
    ...(options.short === undefined ? {} : { short: options.short }),
    help: options.help,
    convert: (raw) => raw === true,
  };
}
