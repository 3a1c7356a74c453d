// Evidence files: only pdf, images and office documents, within a size limit, with names that cannot climb folders.
import { DomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_REPORT = 20;

const PK = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const kinds: Record<string, { type: string; magic: number[] }> = {
  pdf: { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  png: { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  webp: { type: 'image/webp', magic: [0x52, 0x49, 0x46, 0x46] },
  doc: { type: 'application/msword', magic: OLE },
  xls: { type: 'application/vnd.ms-excel', magic: OLE },
  ppt: { type: 'application/vnd.ms-powerpoint', magic: OLE },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: PK },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: PK },
  pptx: { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: PK },
  odt: { type: 'application/vnd.oasis.opendocument.text', magic: PK },
  ods: { type: 'application/vnd.oasis.opendocument.spreadsheet', magic: PK },
  odp: { type: 'application/vnd.oasis.opendocument.presentation', magic: PK },
};
export const evidenceExtensions = Object.keys(kinds);

/** A 413: the file (or its declared length) is over the limit. */
export const fileTooLarge = () =>
  new DomainError('acc.file.too_large', `a file may be at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`, {
    limit: MAX_EVIDENCE_BYTES,
    maxMb: MAX_EVIDENCE_BYTES / 1024 / 1024,
  });

/** Refuses names with folders or `..`; otherwise drops characters no file system likes and shortens to 120. */
export function sanitizeFileName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (!name || /[/\\]|\.\.|[\u0000-\u001f\u007f]/.test(name)) {
    throw fieldError(
      'file.filename',
      'acc.file.name_unsafe',
      'a file name may not contain folders, "..", or control characters',
    );
  }
  const clean = name.replace(/[<>:"|?*]/g, '_').replace(/\s+/g, ' ');
  if (clean.startsWith('.'))
    throw fieldError('file.filename', 'acc.file.name_dot', 'a file name may not start with a dot');
  if (clean.length <= 120) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 ? clean.slice(dot) : '';
  return clean.slice(0, 120 - ext.length) + ext;
}

/** Checks name, size, extension and the first bytes; returns the stored name and content type. */
export function checkEvidence(rawName: string, data: Uint8Array): { fileName: string; contentType: string } {
  const fileName = sanitizeFileName(rawName);
  const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  const kind = kinds[ext];
  if (!kind)
    throw fieldError(
      'file.filename',
      'acc.file.type_refused',
      `only ${evidenceExtensions.join(', ')} files are accepted`,
      { extensions: evidenceExtensions.join(', ') },
    );
  if (data.byteLength === 0) throw fieldError('file', 'acc.file.empty', 'the file is empty');
  if (data.byteLength > MAX_EVIDENCE_BYTES) {
    throw fileTooLarge();
  }
  if (!kind.magic.every((b, i) => data[i] === b))
    throw fieldError('file', 'acc.file.content_mismatch', `the content is not a .${ext} file`, { ext });
  return { fileName, contentType: kind.type };
}
