// Every error code the server and the domain can send has Chinese and English text, and the Chinese uses Chinese
// punctuation; codes are found in the sources, so a code added later fails here until it gets its text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en as enCatalogue } from './en.ts';
import { errorFieldsZhCN } from './errors.zh-CN.ts';
import { zhCN } from './zh-CN.ts';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const ROOTS = ['packages/domain/src', 'packages/db/src', 'apps/server/src'];

/** Codes the error handler and the web client make themselves, and zod's issue codes (`zod.<code>`). */
const FIXED = [
  'validation.failed',
  'validation.reference',
  'conflict',
  'request.invalid',
  'request.too_large',
  'auth.required',
  'auth.invalid_credentials',
  'auth.forbidden',
  'auth.rate_limited',
  'route.not_found',
  'internal',
  'network.unreachable',
  ...[
    'too_small',
    'too_big',
    'invalid_type',
    'invalid_format',
    'invalid_value',
    'unrecognized_keys',
    'custom',
    'not_multiple_of',
    'invalid_union',
  ].map((c) => `zod.${c}`),
];

const CODE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** The top-level arguments of the call whose "(" ends at `start`, as source text. */
function callArguments(src: string, start: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | null = null;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      current += c;
      if (c === '\\') current += src[++i];
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return [...out, current.trim()];
      depth--;
    } else if (c === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  return out;
}

/** A plain string literal (no interpolation), or null. */
const literal = (arg: string | undefined) => /^(['"`])([^'"`$\\]*)\1$/.exec(arg ?? '')?.[2] ?? null;

/** Calls whose argument at `index` is a code (plus a suffix the call adds). */
const CALLS: [RegExp, number, string][] = [
  [/new DomainError\(/g, 0, ''],
  [/\bvalidationError\(/g, 0, ''],
  [/\berrorBody\(/g, 0, ''],
  [/\bfieldError\(/g, 1, ''],
  [/(?<![\w.])issue\(/g, 1, ''],
  [/\binvalid\(/g, 1, ''],
  [/\bnotFound\(/g, 0, '.not_found'],
];

function codesIn(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [re, index, suffix] of CALLS) {
    for (const m of src.matchAll(re)) {
      const code = literal(callArguments(src, (m.index ?? 0) + m[0].length)[index]);
      if (code !== null) found.push(code + suffix);
    }
  }
  for (const m of src.matchAll(/params:\s*\{\s*code:\s*['"`]([^'"`$]+)['"`]/g)) found.push(m[1]);
  for (const m of src.matchAll(/\bcode:\s*['"`]([^'"`$]+)['"`]/g)) found.push(m[1]);
  for (const m of src.matchAll(/export const [A-Z][A-Z0-9_]* = ['"`]([^'"`$]+)['"`]/g)) found.push(m[1]);
  return found.filter((c) => CODE.test(c));
}

function serverCodes(): Map<string, string> {
  const where = new Map<string, string>();
  for (const root of ROOTS)
    for (const file of sourceFiles(join(repo, root)))
      for (const code of codesIn(file)) if (!where.has(code)) where.set(code, relative(repo, file));
  for (const code of FIXED)
    if (!where.has(code)) where.set(code, 'apps/server/src/errors.ts or the web client');
  return where;
}

const zh: Record<string, string> = zhCN.errors;
const en: Record<string, string> = enCatalogue.errors;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('error codes', () => {
  const codes = serverCodes();

  it('finds the codes the server and the domain throw', () => {
    expect(codes.has('acc.round.closed')).toBe(true);
    expect(codes.has('plan.unit.not_found')).toBe(true);
    expect(codes.has('acc.file.missing')).toBe(true);
    expect(codes.size).toBeGreaterThan(40);
  });

  it('has Chinese and English text for every code', () => {
    const missing = [...codes]
      .filter(([code]) => !zh[code] || !en[code])
      .map(
        ([code, file]) =>
          `${code} (${file}): ${[!zh[code] && 'zh-CN', !en[code] && 'en'].filter(Boolean).join(', ')}`,
      );
    expect(missing, `codes without text in apps/web/src/i18n/errors.*.ts:\n${missing.join('\n')}`).toEqual(
      [],
    );
  });

  it('writes Chinese text with Chinese punctuation, on every screen and in every error', () => {
    const strings = (o: object, at: string): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [[`${at}${k}`, v]] : strings(v, `${at}${k}.`),
      );
    const entries = [...strings(zhCN, ''), ...Object.entries(errorFieldsZhCN)];
    const ascii = entries.filter(([, text]) => {
      const words = text.replace(/\{\{[^}]*\}\}/g, '');
      return CJK.test(words) && /[,;:!?()]/.test(words);
    });
    expect(ascii.map(([code, text]) => `${code}: ${text}`)).toEqual([]);
  });

  it('gives every Chinese sentence a full stop', () => {
    const open = Object.entries(zh).filter(([, text]) => !/[。）]$/.test(text));
    expect(open.map(([code]) => code)).toEqual([]);
  });
});
