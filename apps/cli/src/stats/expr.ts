// The safe expression language of --define, --subset and --prop: parse once, evaluate over columns.
import { columnsOf } from './expr/expr-ast.ts';
import { ExprError } from './expr/expr-error.ts';
import { type ColumnSource, evaluate } from './expr/expr-eval.ts';
import { parseExpr } from './expr/expr-parser.ts';

export type { ColumnData, ColumnSource } from './expr/expr-eval.ts';
export { ExprError };

/** A parsed expression: its source, the columns it reads, and a vectorised evaluator. */
export interface CompiledExpr {
  source: string;
  columns: Set<string>;
  evaluate(src: ColumnSource): Float64Array;
}

/** Parses `source`; throws ExprError with a 1-based position on a syntax error. */
export function compileExpr(source: string): CompiledExpr {
  const ast = parseExpr(source);
  return { source, columns: columnsOf(ast), evaluate: (src) => evaluate(ast, src) };
}

/** "'x > )' at position 5: unexpected ')'" — for one-line error messages. */
export function describeExprError(source: string, e: ExprError): string {
  return `${e.message} at position ${e.position} of '${source}'`;
}
