/** Help text for commands, generated from their flag definitions so help and parsing never disagree. */
import type { FlagSpecs } from './flags.js';
import { flagName } from './messages.js';

/** Widest flag column, characters; longer flag forms wrap their description. */
const MAX_FLAG_COLUMN = 28;

/** What {@link renderCommandHelp} needs. */
export interface CommandHelpOptions {
  /** Usage lines after "Usage: ", e.g. "lr-sweep analyze FILE [--json]". */
  readonly usage: readonly string[];
  /** A short paragraph (lines as given). */
  readonly description: string;
  /** The command's flags; `--help` is appended. */
  readonly flags: FlagSpecs;
  /** Example invocations, one per line. Default: none. */
  readonly examples?: readonly string[];
}

/**
 * The `--help` text of a command: usage, description, an aligned flag table with defaults, examples.
 * @example renderCommandHelp({ usage: ['lr-sweep analyze FILE'], description: 'Reads ...', flags: analyzeFlags })
 */
export function renderCommandHelp(options: CommandHelpOptions): string {
  const rows: [string, string][] = Object.entries(options.flags).map(([key, def]) => {
    const short = def.short === undefined ? '    ' : `-${def.short}, `;
    const value = def.type === 'string' ? ` ${def.valueName ?? 'VALUE'}` : '';
    const dflt = def.defaultText === undefined ? '' : ` (default ${def.defaultText})`;
    return [`${short}${flagName(key)}${value}`, `${def.help}${dflt}`];
  });
  rows.push(['-h, --help', 'Show this help']);
  // Long flag forms (enum choices) get their description on the next line, keeping the table narrow.
  const width = Math.max(...rows.map(([left]) => left.length).filter((n) => n <= MAX_FLAG_COLUMN));
  const lines = [
    ...options.usage.map((u, i) => (i === 0 ? `Usage: ${u}` : `       ${u}`)),
    '',
    options.description.trimEnd(),
    '',
    'Flags:',
    ...rows.map(([left, right]) =>
      left.length > width ? `  ${left}\n  ${''.padEnd(width)}  ${right}` : `  ${left.padEnd(width)}  ${right}`,
    ),
  ];
  if (options.examples !== undefined && options.examples.length > 0) {
    lines.push('', 'Examples:', ...options.examples.map((e) => `  ${e}`));
  }
  return `${lines.join('\n')}\n`;
}
