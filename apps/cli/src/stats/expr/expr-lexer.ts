// Splits an expression into tokens: names (dots allowed, or `backquoted`), numbers, "strings", operators.
import { ExprError } from './expr-error.ts';

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based character position in the source. */
  pos: number;
}

const OPERATORS = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '!',
  '(',
  ')',
  ',',
  '&',
  '|',
];
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_.][A-Za-z0-9_.]*/;

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const num = NUMBER.exec(rest);
    if (num && !(c === '.' && /^\.[A-Za-z_]/.test(rest))) {
      tokens.push({ kind: 'number', text: num[0], pos: i + 1 });
      i += num[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], pos: i + 1 });
      i += name[0].length;
      continue;
    }
    if (c === '"' || c === '`') {
      const end = src.indexOf(c, i + 1);
      if (end === -1) throw new ExprError(`unterminated ${c === '"' ? 'string' : 'quoted name'}`, i + 1);
      tokens.push({ kind: c === '"' ? 'string' : 'name', text: src.slice(i + 1, end), pos: i + 1 });
      i = end + 1;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op === undefined) {
      const hint = c === '=' ? ' (use == to compare)' : c === "'" ? ' (strings use double quotes)' : '';
      throw new ExprError(`unexpected character '${c}'${hint}`, i + 1);
    }
    tokens.push({ kind: 'op', text: op, pos: i + 1 });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: '', pos: src.length + 1 });
  return tokens;
}
