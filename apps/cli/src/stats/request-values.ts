// Parsers for option values of `stats estimate` (lists, numbers, expressions) that name the option on error.
import { type CompiledExpr, compileExpr, describeExprError, ExprError } from './expr.ts';
import { UsageError } from './usage-error.ts';

/** Getter of a string option by its camelCase name. */
export type OptionGetter = (k: string) => string | undefined;

export const list = (v: string | undefined, option: string): string[] => {
  if (v === undefined) return [];
  const parts = v.split(',').map((s) => s.trim());
  if (parts.some((p) => p === '')) throw new UsageError(`${option}: empty name in '${v}'`);
  return parts;
};

export const number = (
  v: string | undefined,
  option: string,
  check?: (x: number) => boolean,
  what = 'a number',
): number | undefined => {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || (check && !check(x)))
    throw new UsageError(`${option}: expected ${what}, got '${v}'`);
  return x;
};

export const expr = (source: string, option: string): CompiledExpr => {
  try {
    return compileExpr(source);
  } catch (e) {
    if (e instanceof ExprError) throw new UsageError(`${option}: ${describeExprError(source, e)}`);
    throw e;
  }
};

export const kebab = (k: string): string => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
