// Vectorised evaluation of an expression over columns; logical results are 1/0, NA is NaN (R's rules).
import type { BinaryOp, Expr } from './expr-ast.ts';
import { ExprError } from './expr-error.ts';

export type ColumnData = Float64Array | readonly (string | null)[];

/** What an expression can read: columns by name, all of length nrow. */
export interface ColumnSource {
  nrow: number;
  column(name: string): ColumnData | undefined;
}

type Value = { type: 'num'; v: Float64Array } | { type: 'str'; v: readonly (string | null)[] };

export function evaluate(e: Expr, src: ColumnSource): Float64Array {
  const r = ev(e, src);
  if (r.type === 'str') throw new ExprError('the expression gives text, not a number or a condition', e.pos);
  return r.v;
}

function ev(e: Expr, src: ColumnSource): Value {
  const n = src.nrow;
  switch (e.kind) {
    case 'number':
      return { type: 'num', v: new Float64Array(n).fill(e.value) };
    case 'string':
      return { type: 'str', v: new Array<string>(n).fill(e.value) };
    case 'column': {
      const c = src.column(e.name);
      if (c === undefined) throw new ExprError(`unknown column "${e.name}"`, e.pos);
      return c instanceof Float64Array ? { type: 'num', v: c } : { type: 'str', v: c };
    }
    case 'unary': {
      const a = num(ev(e.arg, src), e.arg, e.op);
      const out = new Float64Array(n);
      if (e.op === '-') for (let i = 0; i < n; i++) out[i] = -a[i];
      else for (let i = 0; i < n; i++) out[i] = Number.isNaN(a[i]) ? Number.NaN : a[i] === 0 ? 1 : 0;
      return { type: 'num', v: out };
    }
    case 'binary':
      return binary(e.op, ev(e.left, src), ev(e.right, src), e, n);
    case 'call':
      return call(e, src);
  }
}

function num(v: Value, at: Expr, op: string): Float64Array {
  if (v.type === 'str') throw new ExprError(`'${op}' needs numbers, but this is text`, at.pos);
  return v.v;
}

function binary(op: BinaryOp, l: Value, r: Value, e: Expr & { kind: 'binary' }, n: number): Value {
  const out = new Float64Array(n);
  if (op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=') {
    if (l.type !== r.type) throw new ExprError(`'${op}' compares text with a number`, e.pos);
    const test = COMPARE[op];
    if (l.type === 'num') {
      const a = l.v;
      const b = r.v as Float64Array;
      for (let i = 0; i < n; i++)
        out[i] = Number.isNaN(a[i]) || Number.isNaN(b[i]) ? Number.NaN : test(a[i], b[i]) ? 1 : 0;
    } else {
      const a = l.v;
      const b = r.v as readonly (string | null)[];
      for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        out[i] = x === null || y === null ? Number.NaN : test(x, y) ? 1 : 0;
      }
    }
    return { type: 'num', v: out };
  }
  const a = num(l, e.left, op);
  const b = num(r, e.right, op);
  switch (op) {
    case '+':
      for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
      break;
    case '-':
      for (let i = 0; i < n; i++) out[i] = a[i] - b[i];
      break;
    case '*':
      for (let i = 0; i < n; i++) out[i] = a[i] * b[i];
      break;
    case '/':
      for (let i = 0; i < n; i++) out[i] = a[i] / b[i];
      break;
    case '&&':
      for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        out[i] = x === 0 || y === 0 ? 0 : Number.isNaN(x) || Number.isNaN(y) ? Number.NaN : 1;
      }
      break;
    case '||':
      for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        const xNa = Number.isNaN(x);
        const yNa = Number.isNaN(y);
        out[i] = (!xNa && x !== 0) || (!yNa && y !== 0) ? 1 : xNa || yNa ? Number.NaN : 0;
      }
      break;
  }
  return { type: 'num', v: out };
}

const COMPARE: Record<string, (a: number | string, b: number | string) => boolean> = {
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

const FUNCTIONS = ['is.na', 'as.numeric'];

function call(e: Expr & { kind: 'call' }, src: ColumnSource): Value {
  if (!FUNCTIONS.includes(e.name)) {
    throw new ExprError(`unknown function "${e.name}" (known: ${FUNCTIONS.join(', ')})`, e.pos);
  }
  if (e.args.length !== 1) throw new ExprError(`${e.name}() takes one argument`, e.pos);
  const a = ev(e.args[0], src);
  if (e.name === 'as.numeric') return { type: 'num', v: num(a, e.args[0], e.name) };
  const out = new Float64Array(src.nrow);
  if (a.type === 'num') for (let i = 0; i < out.length; i++) out[i] = Number.isNaN(a.v[i]) ? 1 : 0;
  else for (let i = 0; i < out.length; i++) out[i] = a.v[i] === null ? 1 : 0;
  return { type: 'num', v: out };
}
