// Recursive-descent parser: || < && < ! < comparison < + - < * / < unary minus < primary (R's precedence).
import type { BinaryOp, Expr } from './expr-ast.ts';
import { ExprError } from './expr-error.ts';
import { type Token, tokenize } from './expr-lexer.ts';

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const CONSTANTS: Record<string, number> = {
  TRUE: 1,
  FALSE: 0,
  T: 1,
  F: 0,
  NA: Number.NaN,
  Inf: Number.POSITIVE_INFINITY,
};

export function parseExpr(src: string): Expr {
  const tokens = tokenize(src);
  let i = 0;
  const peek = (): Token => tokens[i];
  const isOp = (...ops: string[]): boolean => peek().kind === 'op' && ops.includes(peek().text);
  const describe = (t: Token): string => (t.kind === 'end' ? 'end of expression' : `'${t.text}'`);
  const expect = (op: string): void => {
    if (!isOp(op)) throw new ExprError(`expected '${op}' but found ${describe(peek())}`, peek().pos);
    i++;
  };

  const binaryLevel = (ops: string[], next: () => Expr, canonical?: Record<string, BinaryOp>) => (): Expr => {
    let left = next();
    while (isOp(...ops)) {
      const t = tokens[i++];
      const op = (canonical?.[t.text] ?? t.text) as BinaryOp;
      left = { kind: 'binary', op, left, right: next(), pos: t.pos };
    }
    return left;
  };

  const primary = (): Expr => {
    const t = tokens[i++];
    if (t.kind === 'number') return { kind: 'number', value: Number(t.text), pos: t.pos };
    if (t.kind === 'string') return { kind: 'string', value: t.text, pos: t.pos };
    if (t.kind === 'name') {
      if (isOp('(')) {
        i++;
        const args: Expr[] = [];
        if (!isOp(')')) {
          args.push(or());
          while (isOp(',')) {
            i++;
            args.push(or());
          }
        }
        expect(')');
        return { kind: 'call', name: t.text, args, pos: t.pos };
      }
      if (t.text in CONSTANTS) return { kind: 'number', value: CONSTANTS[t.text], pos: t.pos };
      return { kind: 'column', name: t.text, pos: t.pos };
    }
    if (t.kind === 'op' && t.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    throw new ExprError(`unexpected ${describe(t)}`, t.pos);
  };
  const unary = (): Expr => {
    if (isOp('-', '+')) {
      const t = tokens[i++];
      const arg = unary();
      return t.text === '-' ? { kind: 'unary', op: '-', arg, pos: t.pos } : arg;
    }
    return primary();
  };
  const mul = binaryLevel(['*', '/'], unary);
  const add = binaryLevel(['+', '-'], mul);
  const cmp = (): Expr => {
    const left = add();
    if (peek().kind === 'op' && COMPARISONS.has(peek().text)) {
      const t = tokens[i++];
      const right = add();
      if (peek().kind === 'op' && COMPARISONS.has(peek().text)) {
        throw new ExprError(`comparisons do not chain: add parentheses or &&`, peek().pos);
      }
      return { kind: 'binary', op: t.text as BinaryOp, left, right, pos: t.pos };
    }
    return left;
  };
  const not = (): Expr => {
    if (isOp('!')) {
      const t = tokens[i++];
      return { kind: 'unary', op: '!', arg: not(), pos: t.pos };
    }
    return cmp();
  };
  const and = binaryLevel(['&&', '&'], not, { '&': '&&' });
  const or: () => Expr = binaryLevel(['||', '|'], and, { '|': '||' });

  if (peek().kind === 'end') throw new ExprError('empty expression', 1);
  const e = or();
  if (peek().kind !== 'end') throw new ExprError(`unexpected ${describe(peek())}`, peek().pos);
  return e;
}
