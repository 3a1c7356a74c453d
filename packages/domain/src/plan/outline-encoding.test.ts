// The encoding of a text outline is found and named, or the file is refused with the reason; never a silent guess.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeOutlineBytes } from './outline-encoding.ts';

const dir = new URL('../../test/outlines/', import.meta.url);
const utf8 = readFileSync(new URL('city-like.txt', dir), 'utf8');

describe('decodeOutlineBytes', () => {
  it('names GB18030 for a GBK file and reads the same text as the UTF-8 one', () => {
    const r = decodeOutlineBytes(readFileSync(new URL('city-like.gbk.txt', dir)));
    expect(r).toEqual({ ok: true, text: utf8, encoding: 'GB18030', bom: false });
  });

  it('names UTF-8 (with and without a mark) and UTF-16 LE/BE (with and without a mark)', () => {
    const le = Buffer.from(utf8, 'utf16le');
    const be = Buffer.from(le).swap16();
    const cases: [Uint8Array, string, boolean][] = [
      [Buffer.from(utf8), 'UTF-8', false],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)]), 'UTF-8', true],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16LE', true],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16BE', true],
      [le, 'UTF-16LE', false],
      [be, 'UTF-16BE', false],
    ];
    for (const [bytes, encoding, bom] of cases)
      expect(decodeOutlineBytes(bytes)).toEqual({ ok: true, text: utf8, encoding, bom });
  });

  it('refuses empty, binary, NUL-holding, zip and undecidable files, naming the problem', () => {
    const code = (b: Uint8Array) => {
      const r = decodeOutlineBytes(b);
      return r.ok ? r.encoding : r.issue.code;
    };
    expect(code(new Uint8Array())).toBe('plan.outline.empty');
    expect(
      code(
        Uint8Array.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
          0x00, 0x01,
        ]),
      ),
    ).toBe('plan.outline.binary');
    expect(code(Buffer.from('abc\u0000def'))).toBe('plan.outline.binary');
    expect(code(Buffer.from('PK\u0003\u0004rest'))).toBe('plan.outline.zip_not_docx');
    expect(code(Uint8Array.from([0xff, 0xfe, 0x41]))).toBe('plan.outline.bad_encoding');
    expect(code(Uint8Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 0x7f)))).toMatch(
      /^plan\.outline\.(unknown|ambiguous)_encoding$/,
    );
    const nul = decodeOutlineBytes(Buffer.from('第一行 line one\n第二行 line\u0000two', 'utf16le'));
    expect(nul.ok ? nul.encoding : [nul.issue.code, nul.issue.line, nul.issue.column]).toEqual([
      'plan.outline.nul_byte',
      2,
      9,
    ]);
  });
});
