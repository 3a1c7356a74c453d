// A small strict JSON reader that records where every path is written, so errors can name a line.
import { formatPath, type Locate, type PathSegment, type SourcePosition } from './outline-issues.ts';

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} at line ${line}, column ${column}`);
  }
}

const MAX_DEPTH = 200;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings; this is that check.
const stringToken = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const numberToken = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON like JSON.parse (but refusing duplicate keys) and returns a locator: path → line of its key or value. */
export function parseJsonLocated(input: string): { value: unknown; locate: Locate } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const positions = new Map<string, SourcePosition>();
  let i = 0;

  const positionOf = (offset: number): SourcePosition & { column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  const fail = (reason: string, at = i): never => {
    const p = positionOf(at);
    throw new JsonSyntaxError(reason, p.line, p.column);
  };
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const record = (path: PathSegment[], at: number) => {
    const key = formatPath(path);
    if (!positions.has(key)) positions.set(key, positionOf(at));
  };
  const seen = (c: string | undefined) => (c === undefined ? 'the end of the file' : `'${c}'`);
  const token = (re: RegExp, what: string): string => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return fail(`invalid ${what}`);
    i += m[0].length;
    return m[0];
  };

  const readValue = (path: PathSegment[], depth: number): unknown => {
    skipSpace();
    if (depth > MAX_DEPTH) fail('the document is nested too deeply');
    record(path, i);
    const c = text[i];
    if (c === '{') return readObject(path, depth);
    if (c === '[') return readArray(path, depth);
    if (c === '"')
      return JSON.parse(token(stringToken, 'string (unterminated, a bad escape or a raw line break)'));
    if (c === '-' || (c >= '0' && c <= '9')) return Number(token(numberToken, 'number'));
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(`unexpected ${seen(c)}, expected a value`);
  };

  const readObject = (path: PathSegment[], depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(`unexpected ${seen(text[i])}, expected a quoted key`);
      const at = i;
      const key = JSON.parse(token(stringToken, 'key')) as string;
      if (Object.hasOwn(out, key)) fail(`duplicate key "${key}"`, at);
      record([...path, key], at);
      skipSpace();
      if (text[i] !== ':') fail(`unexpected ${seen(text[i])}, expected ':' after the key "${key}"`);
      i++;
      Object.defineProperty(out, key, {
        value: readValue([...path, key], depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipSpace();
      if (text[i] === '}') {
        i++;
        return out;
      }
      if (text[i] !== ',') fail(`unexpected ${seen(text[i])}, expected ',' or '}'`);
      i++;
    }
  };

  const readArray = (path: PathSegment[], depth: number): unknown[] => {
    const out: unknown[] = [];
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(readValue([...path, out.length], depth + 1));
      skipSpace();
      if (text[i] === ']') {
        i++;
        return out;
      }
      if (text[i] !== ',') fail(`unexpected ${seen(text[i])}, expected ',' or ']'`);
      i++;
    }
  };

  skipSpace();
  if (i >= text.length) fail('the file is empty');
  const value = readValue([], 0);
  skipSpace();
  if (i < text.length) fail(`unexpected ${seen(text[i])} after the end of the document`);
  return { value, locate: (path) => positions.get(formatPath(path)) };
}
