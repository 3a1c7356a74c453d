// Syntax tree of the expression language.

export type Expr =
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'column'; name: string; pos: number }
  | { kind: 'unary'; op: '-' | '!'; arg: Expr; pos: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: number }
  | { kind: 'call'; name: string; args: Expr[]; pos: number };

export type BinaryOp = '+' | '-' | '*' | '/' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

/** Column names an expression reads. */
export function columnsOf(e: Expr, out = new Set<string>()): Set<string> {
  if (e.kind === 'column') out.add(e.name);
  else if (e.kind === 'unary') columnsOf(e.arg, out);
  else if (e.kind === 'binary') {
    columnsOf(e.left, out);
    columnsOf(e.right, out);
  } else if (e.kind === 'call') for (const a of e.args) columnsOf(a, out);
  return out;
}
