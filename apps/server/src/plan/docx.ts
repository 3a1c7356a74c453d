// The text of a Word (.docx) outline: the paragraphs of word/document.xml, one line each. Refuses what is not a .docx,
// and a document whose text would inflate past the limit, before inflating it.
import JSZip from 'jszip';

/** The document part may inflate to this many bytes at most (an outline's is well under a megabyte). */
const MAX_DOCUMENT_XML = 50 * 1024 * 1024;

export type DocxText = { ok: true; text: string } | { ok: false; code: string; message: string };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : entities[e],
  );

/** Paragraph texts of document.xml, in order: runs' w:t joined, w:tab a tab, w:br a line break. */
export function documentXmlText(xml: string): string {
  const body = /<w:body[\s>][\s\S]*<\/w:body>/.exec(xml)?.[0] ?? xml;
  return body
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)]
        .map((m) => (m[2] === 'tab' ? '\t' : m[2] ? '\n' : unescapeXml(m[1])))
        .join(''),
    )
    .join('\n')
    .replace(/\n+$/, '');
}

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return {
      ok: false,
      code: 'plan.outline.bad_docx',
      message: 'the file is not a Word .docx document (it cannot be opened as one)',
    };
  }
  const part = zip.file('word/document.xml');
  if (!part)
    return {
      ok: false,
      code: 'plan.outline.bad_docx',
      message: 'the .docx file has no word/document.xml: it is not a Word document',
    };
  const size = (part as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (size > MAX_DOCUMENT_XML)
    return {
      ok: false,
      code: 'plan.outline.too_large',
      message: `the document's text would take ${size} bytes; an outline takes at most ${MAX_DOCUMENT_XML}`,
    };
  try {
    return { ok: true, text: documentXmlText(await part.async('string')) };
  } catch {
    return {
      ok: false,
      code: 'plan.outline.bad_docx',
      message: 'the .docx file is damaged: its text cannot be read',
    };
  }
}
