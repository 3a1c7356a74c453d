// Interprets the R calls of r-survey-expected.json (svymean, svytotal, svyratio, svyvar, svyby, svyquantile,
// svyciprop, subset) and runs them through the public API, so every Taylor case is checked the same way.
import {
  type CipropMethod,
  type Column,
  type Design,
  getColumn,
  isNumericColumn,
  makeFrame,
  type SvyCiprop,
  type SvyQuantile,
  type SvyStat,
  type SvyVar,
  subset,
  svyby,
  svyciprop,
  svymean,
  svyquantile,
  svyratio,
  svytotal,
  svyvar,
} from '../../src/index.ts';

/** Splits on a separator at parenthesis depth 0 and outside quotes. */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = '';
  for (const ch of s) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (ch === sep && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

/** name(args) → [name, args]. */
function callParts(s: string): [string, string[]] {
  const m = /^([A-Za-z_.][\w.]*)\((.*)\)$/s.exec(s.trim());
  if (m === null) throw new Error(`not a call: ${s}`);
  return [m[1], splitTop(m[2], ',')];
}

function namedArgs(args: string[]): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const a of args) {
    const m = /^([A-Za-z_.][\w.]*)\s*=(?!=)\s*(.*)$/s.exec(a);
    if (m !== null) named[m[1]] = m[2].trim();
    else positional.push(a);
  }
  return { positional, named };
}

const unquote = (s: string) => s.replace(/^['"]|['"]$/g, '');

/** Evaluates a simple R condition (col op value, & |) to a numeric vector, NA as NaN. */
function evalCondition(design: Design, expr: string): Float64Array {
  const e = expr.trim();
  const ors = splitTop(e, '|');
  if (ors.length > 1) {
    const parts = ors.map((p) => evalCondition(design, p));
    return Float64Array.from(parts[0], (_, i) =>
      parts.some((p) => p[i] === 1) ? 1 : parts.some((p) => Number.isNaN(p[i])) ? Number.NaN : 0,
    );
  }
  const ands = splitTop(e, '&');
  if (ands.length > 1) {
    const parts = ands.map((p) => evalCondition(design, p));
    return Float64Array.from(parts[0], (_, i) =>
      parts.some((p) => p[i] === 0) ? 0 : parts.some((p) => Number.isNaN(p[i])) ? Number.NaN : 1,
    );
  }
  if (e.startsWith('(') && e.endsWith(')')) return evalCondition(design, e.slice(1, -1));
  const m = /^([\w.]+)\s*(==|!=|>=|<=|>|<)\s*(.+)$/.exec(e);
  if (m === null) throw new Error(`cannot evaluate condition ${expr}`);
  const col = getColumn(design.frame, m[1]);
  const rhs = m[3].trim();
  const isString = /^['"]/.test(rhs);
  const value: string | number = isString ? unquote(rhs) : Number(rhs);
  const n = design.nrow;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = col[i];
    if (v === null || (typeof v === 'number' && Number.isNaN(v))) {
      out[i] = Number.NaN;
      continue;
    }
    const a = v as string | number;
    let r: boolean;
    switch (m[2]) {
      case '==':
        r = a === value;
        break;
      case '!=':
        r = a !== value;
        break;
      case '>=':
        r = a >= value;
        break;
      case '<=':
        r = a <= value;
        break;
      case '>':
        r = a > value;
        break;
      default:
        r = a < value;
    }
    out[i] = r ? 1 : 0;
  }
  return out;
}

function withColumn(design: Design, name: string, column: Column): Design {
  const columns = new Map(design.frame.columns);
  columns.set(name, column);
  return { ...design, frame: makeFrame(columns) } as Design;
}

/**
 * Resolves formula terms to column names, adding derived columns for factor(x), I(cond) and
 * as.numeric(cond) to the design's frame. Returns the new design and the column names.
 */
function resolveTerms(design: Design, formula: string): { design: Design; columns: string[] } {
  const f = formula.trim().replace(/^~/, '');
  let d = design;
  const columns: string[] = [];
  for (const term of splitTop(f, '+')) {
    let m = /^factor\((.+)\)$/.exec(term);
    if (m !== null) {
      const src = getColumn(d.frame, m[1].trim());
      const labels: (string | null)[] = isNumericColumn(src)
        ? Array.from(src, (v) => (Number.isNaN(v) ? null : String(v)))
        : src.slice();
      const name = `factor(${m[1].trim()})`;
      d = withColumn(d, name, labels);
      columns.push(name);
      continue;
    }
    m = /^(?:I|as\.numeric)\((.+)\)$/.exec(term);
    if (m !== null) {
      const name = term;
      d = withColumn(d, name, evalCondition(d, m[1]));
      columns.push(name);
      continue;
    }
    getColumn(d.frame, term);
    columns.push(term);
  }
  return { design: d, columns };
}

export type RResult =
  | { kind: 'svystat'; value: SvyStat }
  | { kind: 'svyratio'; value: SvyStat }
  | { kind: 'svyvar'; value: SvyVar }
  | { kind: 'svyby'; value: { key: Record<string, string>; stat: SvyStat }[] }
  | { kind: 'svyciprop'; value: SvyCiprop }
  | { kind: 'svyquantile'; value: SvyQuantile[] };

const isTrue = (s: string | undefined) => s === 'TRUE' || s === 'T';

/** Runs an R call of the JSON file on the named Taylor designs. */
export function runRCall(call: string, designs: (name: string) => Design): RResult {
  const [fn, args] = callParts(call);
  const { positional, named } = namedArgs(args);
  const designExpr = (expr: string | undefined): Design => {
    if (expr === undefined) throw new Error(`no design in ${call}`);
    const e = expr.trim();
    if (/^[\w.]+$/.test(e)) return designs(e);
    const [f, a] = callParts(e);
    if (f !== 'subset') throw new Error(`unsupported design expression ${e}`);
    const base = designExpr(a[0]);
    return subset(base, evalCondition(base, a.slice(1).join(',')));
  };
  const opts = { naRm: isTrue(named['na.rm']), deff: isTrue(named.deff) };
  switch (fn) {
    case 'svymean':
    case 'svytotal': {
      const { design, columns } = resolveTerms(designExpr(positional[1] ?? named.design), positional[0]);
      const value = fn === 'svymean' ? svymean(design, columns, opts) : svytotal(design, columns, opts);
      return { kind: 'svystat', value };
    }
    case 'svyratio': {
      const base = designExpr(positional[2] ?? named.design);
      const num = resolveTerms(base, positional[0]);
      const den = resolveTerms(num.design, positional[1]);
      return { kind: 'svyratio', value: svyratio(den.design, num.columns, den.columns, opts) };
    }
    case 'svyvar': {
      const { design, columns } = resolveTerms(designExpr(positional[1] ?? named.design), positional[0]);
      return { kind: 'svyvar', value: svyvar(design, columns, opts) };
    }
    case 'svyby': {
      const base = designExpr(positional[2] ?? named.design);
      const { design, columns } = resolveTerms(base, positional[0]);
      const by = resolveTerms(design, positional[1]);
      const fun = positional[3] ?? named.FUN;
      const res = svyby(by.design, by.columns, (domain) => {
        const o = { ...opts, domain };
        if (fun === 'svymean') return svymean(by.design, columns, o);
        if (fun === 'svytotal') return svytotal(by.design, columns, o);
        throw new Error(`svyby FUN ${fun} not supported`);
      });
      return { kind: 'svyby', value: res.domains.map((d) => ({ key: d.key, stat: d.result })) };
    }
    case 'svyciprop': {
      const { design, columns } = resolveTerms(designExpr(positional[1] ?? named.design), positional[0]);
      const method = (named.method !== undefined ? unquote(named.method) : 'logit') as CipropMethod;
      const level = named.level !== undefined ? Number(named.level) : undefined;
      return { kind: 'svyciprop', value: svyciprop(design, columns[0], { method, level, naRm: opts.naRm }) };
    }
    case 'svyquantile': {
      const { design, columns } = resolveTerms(designExpr(positional[1] ?? named.design), positional[0]);
      const q = positional[2] ?? named.quantiles;
      const probs = q.startsWith('c(') ? splitTop(q.slice(2, -1), ',').map(Number) : [Number(q)];
      const alpha = named.alpha !== undefined ? Number(named.alpha) : undefined;
      return { kind: 'svyquantile', value: svyquantile(design, columns, probs, { alpha, naRm: opts.naRm }) };
    }
    default:
      throw new Error(`unsupported R function ${fn} in ${call}`);
  }
}
