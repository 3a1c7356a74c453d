// An uploaded outline file read into a preview: a .docx through its document text, any other file through its bytes
// (encoding found and named). Shared by the import page's route and `kepu plan import`.
import {
  MAX_OUTLINE_BYTES,
  type OutlinePreview,
  outlineSourceKind,
  type PreviewOptions,
  previewOutlineBytes,
  previewOutlineText,
} from '@kepu/domain';
import { readDocx } from './docx.ts';

export async function previewOutlineUpload(
  fileName: string,
  bytes: Uint8Array,
  options: PreviewOptions = {},
): Promise<OutlinePreview> {
  if (outlineSourceKind(fileName) !== 'docx') return previewOutlineBytes(fileName, bytes, options);
  const refused = (code: string, message: string): OutlinePreview => ({
    fileName,
    kind: 'docx',
    text: '',
    outline: null,
    spans: {},
    issues: [{ path: '', code, message, params: {} }],
    newUnits: [],
  });
  if (bytes.length === 0) return refused('plan.outline.empty', 'the file is empty');
  if (bytes.length > MAX_OUTLINE_BYTES)
    return refused(
      'plan.outline.too_large',
      `the file has ${bytes.length} bytes; an outline has at most ${MAX_OUTLINE_BYTES}`,
    );
  const doc = await readDocx(bytes);
  if (!doc.ok) return refused(doc.code, doc.message);
  if (doc.text.includes('\u0000'))
    return refused('plan.outline.nul_byte', 'the document holds a NUL character');
  return previewOutlineText(fileName, 'docx', doc.text, options);
}
