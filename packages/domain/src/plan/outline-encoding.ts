// Which encoding a text file is in: UTF-8, GB18030 (which contains GBK and GB2312), UTF-16 LE/BE with or without a
// byte-order mark. A file that is not clearly one of them is refused with the reason, never read as a guess.
import { type OutlineIssue, outlineIssue } from './outline-issues.ts';

export type TextEncodingName = 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';
export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; issue: OutlineIssue };

/** 20 MB: an outline is a few hundred kilobytes; a larger file is not one. */
export const MAX_OUTLINE_BYTES = 20 * 1024 * 1024;

const labels: Record<TextEncodingName, string> = {
  'UTF-8': 'utf-8',
  GB18030: 'gb18030',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

function decode(bytes: Uint8Array, name: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(labels[name], { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters that Chinese or English prose is made of (CJK, their punctuation, ASCII, full-width forms). */
function plausibility(text: string): number {
  if (text.length === 0) return 1;
  let good = 0;
  let n = 0;
  for (const ch of text) {
    n++;
    const c = ch.codePointAt(0) ?? 0;
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x00 ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027) ||
      c === 0xa0 ||
      c === 0xb7 ||
      c === 0x2103 ||
      c === 0x2116 ||
      (c >= 0x2160 && c <= 0x216b) ||
      (c >= 0x2460 && c <= 0x2473)
    )
      good++;
  }
  return good / n;
}

const refuse = (
  code: string,
  message: string,
  params: Record<string, string | number> = {},
): DecodedText => ({
  ok: false,
  issue: outlineIssue('', code, message, params),
});

/** Where the first U+0000 is, as line and column (a NUL is never part of an outline). */
function nulAt(text: string): { line: number; column: number } | undefined {
  const i = text.indexOf('\u0000');
  if (i < 0) return undefined;
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  return { line, column: i - before.lastIndexOf('\n') };
}

function finish(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
  const nul = nulAt(text);
  if (nul)
    return {
      ok: false,
      issue: outlineIssue(
        '',
        'plan.outline.nul_byte',
        `the file holds a NUL character (line ${nul.line}, column ${nul.column}): it is not a text file`,
        nul,
        nul,
      ),
    };
  return { ok: true, text, encoding, bom };
}

/** Decodes the bytes of a text outline, naming the encoding found; refuses an empty, binary, oversized or ambiguous file. */
export function decodeOutlineBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_OUTLINE_BYTES)
    return refuse(
      'plan.outline.too_large',
      `the file has ${bytes.length} bytes; an outline has at most ${MAX_OUTLINE_BYTES}`,
      { bytes: bytes.length, max: MAX_OUTLINE_BYTES },
    );
  if (bytes.length === 0) return refuse('plan.outline.empty', 'the file is empty');
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const t = decode(b.subarray(3), 'UTF-8');
    return t === undefined
      ? refuse('plan.outline.bad_encoding', 'the file starts with a UTF-8 byte-order mark but is not UTF-8', {
          encoding: 'UTF-8',
        })
      : finish(t, 'UTF-8', true);
  }
  for (const [name, m0, m1] of [
    ['UTF-16LE', 0xff, 0xfe],
    ['UTF-16BE', 0xfe, 0xff],
  ] as const)
    if (b[0] === m0 && b[1] === m1) {
      const t = b.length % 2 === 0 ? decode(b.subarray(2), name) : undefined;
      return t === undefined
        ? refuse(
            'plan.outline.bad_encoding',
            `the file starts with a ${name} byte-order mark but is not ${name}`,
            { encoding: name },
          )
        : finish(t, name, true);
    }
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return refuse(
      'plan.outline.zip_not_docx',
      'the file is a zip archive; a Word outline is read from a name ending in .docx',
      {},
    );
  // UTF-16 without a mark: ASCII letters leave a zero byte in every other place.
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  // zeros mostly in one place of each pair (ASCII in UTF-16; 一 U+4E00 and a NUL put some in the other place)
  const oneSided = (main: number, other: number) => b.length % 2 === 0 && main >= 2 && other <= main * 0.25;
  const candidates: TextEncodingName[] = [];
  if (oneSided(oddZeros, evenZeros)) candidates.push('UTF-16LE');
  else if (oneSided(evenZeros, oddZeros)) candidates.push('UTF-16BE');
  else if (evenZeros + oddZeros > 0) {
    const at = b.indexOf(0);
    return refuse(
      'plan.outline.binary',
      `the file holds zero bytes (the first at byte ${at + 1}) and is not UTF-16 text: it is not a text outline`,
      { byte: at + 1 },
    );
  } else
    candidates.push('UTF-8', 'GB18030', ...(b.length % 2 === 0 ? (['UTF-16LE', 'UTF-16BE'] as const) : []));
  const read = candidates.flatMap((name) => {
    const text = decode(b, name);
    return text === undefined ? [] : [{ name, text, score: plausibility(text) }];
  });
  // valid UTF-8 that is not plain ASCII is UTF-8 beyond reasonable doubt (GB18030 text is almost never valid UTF-8)
  const utf8 = read.find((r) => r.name === 'UTF-8');
  if (utf8 && utf8.score >= 0.9) return finish(utf8.text, 'UTF-8', false);
  const good = read.filter((r) => r.score >= 0.97).sort((x, y) => y.score - x.score);
  if (good.length === 0)
    return refuse(
      'plan.outline.unknown_encoding',
      'the file is not clearly text in UTF-8, GB18030/GBK or UTF-16: save it as UTF-8 and import it again',
      {},
    );
  if (good.length > 1 && good[1].score > 0.9 && good[0].score - good[1].score < 0.02)
    return refuse(
      'plan.outline.ambiguous_encoding',
      `the file reads as ${good[0].name} and as ${good[1].name} alike: save it as UTF-8 and import it again`,
      {
        first: good[0].name,
        second: good[1].name,
      },
    );
  return finish(good[0].text, good[0].name, false);
}
