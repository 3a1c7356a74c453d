// Chinese text uses Chinese punctuation: no ASCII , : ; ( ) next to a Chinese character in any zh-CN text of the web
// app (the main file, the error texts and every part's i18n.zh-CN.ts / *-i18n.zh-CN.ts). A line may opt out with
// `zh-punctuation: allow` when it quotes something (a code, a formula) as written.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));
const zhFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return zhFiles(full);
    return /zh-CN\.ts$/.test(e.name) && !e.name.endsWith('.test.ts') ? [full] : [];
  });
const ascii = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef][,:;()]|[,:;()][\u3400-\u9fff]/;

/** Every ASCII , : ; ( ) next to Chinese inside a string literal of `source`, as "line: text". */
export function asciiPunctuation(source: string): string[] {
  return source.split('\n').flatMap((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line) || line.includes('zh-punctuation: allow')) return [];
    const strings = line.match(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"/g) ?? [];
    return strings.filter((s) => ascii.test(s)).map((s) => `${i + 1}: ${s}`);
  });
}

describe('zh-CN text', () => {
  it('finds the ASCII punctuation it is for', () => {
    expect(asciiPunctuation(`  a: '计算公式: (F01)',\n  b: '共 {{n}} 条，（含）',\n  // 注释, 不算`)).toEqual(
      ["1: '计算公式: (F01)'"],
    );
  });

  it.each(zhFiles(src).map((f) => [path.relative(src, f), f]))(
    '%s uses Chinese punctuation',
    (_name, file) => {
      expect(asciiPunctuation(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
