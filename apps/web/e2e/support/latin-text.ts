// Finds Latin words in page text that a zh-CN user should not see: everything but codes, numbers, addresses and the
// names, units and file types on e2e/latin-allow.txt.
import { readFileSync } from 'node:fs';

/** The allow-list's entries (words or phrases), longest first so a phrase is taken out before its words. */
export function readAllowList(file: URL): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((entry) => entry !== '')
    .sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// a Latin letter not glued to other Latin letters or digits on the outside
const edge = (entry: string) => new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(entry)}(?![A-Za-z0-9_-])`, 'g');

export interface LatinWord {
  word: string;
  /** The text around it, to find it on the page. */
  context: string;
}

/** Latin words in `text` that are neither codes (a digit or underscore inside), addresses nor on the allow-list. */
export function latinWords(text: string, allow: string[]): LatinWord[] {
  // what is allowed is blanked out letter for letter, so a word's place in `rest` is its place in `text`
  const blank = (m: string) => ' '.repeat(m.length);
  let rest = text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, blank) // e-mail addresses
    .replace(/\bhttps?:\/\/\S+/g, blank) // web addresses
    .replace(/\b[a-z][a-z_]*(\.[a-z_]+)+\b/g, blank); // dotted codes: an audit action (auth.login), an error code
  for (const entry of allow) rest = rest.replace(edge(entry), blank);
  const found: LatinWord[] = [];
  for (const m of rest.matchAll(/[A-Za-z][A-Za-z0-9_'’-]*/g)) {
    const word = m[0];
    if (/[0-9_]/.test(word)) continue; // a code: P01, Q1, U0001, R_F01_BALANCE
    const at = m.index ?? 0;
    found.push({
      word,
      context: text
        .slice(Math.max(0, at - 20), at + word.length + 20)
        .replace(/\s+/g, ' ')
        .trim(),
    });
  }
  return found;
}
