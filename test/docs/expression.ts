/**
 * A small evaluator for the GitHub Actions expressions the documented workflows use in `if:`:
 * string literals, dotted context paths, `==`, `!=`, `&&`, `||`, `!` and parentheses, with GitHub's
 * rules (string comparison ignores case; a missing property is null; `||`/`&&` return an operand).
 * Anything else throws, so a workflow using more than this is noticed rather than misjudged.
 */

type Value = string | number | boolean | null | object;

const TOKEN = /\s*(?:('(?:[^']|'')*')|(==|!=|&&|\|\||!|\(|\))|([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)|(\S))/y;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < source.length && (m = TOKEN.exec(source)) !== null) {
    if (m[4] !== undefined) throw new Error(`unsupported character "${m[4]}" in expression: ${source}`);
    const token = m[1] ?? m[2] ?? m[3];
    if (token !== undefined) tokens.push(token);
  }
  return tokens;
}

function truthy(value: Value): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

function lookup(context: Record<string, unknown>, path: string): Value {
  let value: unknown = context;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value === undefined ? null : (value as Value);
}

/** Evaluates `source` (without `${{ }}`) against `context` (e.g. `{ github: {...} }`). */
export function evaluate(source: string, context: Record<string, unknown>): Value {
  const tokens = tokenize(source.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1'));
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const next = (): string => {
    const token = tokens[at++];
    if (token === undefined) throw new Error(`unexpected end of expression: ${source}`);
    return token;
  };
  const primary = (): Value => {
    const token = next();
    if (token === '(') {
      const value = or();
      if (next() !== ')') throw new Error(`expected ) in ${source}`);
      return value;
    }
    if (token === '!') return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (/^[A-Za-z_]/.test(token)) return lookup(context, token);
    throw new Error(`unexpected "${token}" in ${source}`);
  };
  const comparison = (): Value => {
    const left = primary();
    const op = peek();
    if (op !== '==' && op !== '!=') return left;
    at++;
    const same = equal(left, primary());
    return op === '==' ? same : !same;
  };
  const and = (): Value => {
    let value = comparison();
    while (peek() === '&&') {
      at++;
      const right = comparison();
      value = truthy(value) ? right : value;
    }
    return value;
  };
  const or = (): Value => {
    let value = and();
    while (peek() === '||') {
      at++;
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected "${tokens[at]}" in ${source}`);
  return value;
}

/** Whether an `if:` lets the job run (GitHub runs it when the expression is truthy). */
export function runs(condition: string, context: Record<string, unknown>): boolean {
  return truthy(evaluate(condition, context));
}
