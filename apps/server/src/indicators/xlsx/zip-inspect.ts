// Reads an .xlsx file's zip directory (no inflating) to refuse bombs and oversized workbooks before any parser sees them.

export interface XlsxLimits {
  /** Bytes as uploaded. */
  compressedBytes: number;
  /** Bytes once every part is inflated, as the zip directory declares them. */
  uncompressedBytes: number;
  /** Parts in the zip. */
  entries: number;
  /** Inflated bytes per stored byte for any part larger than 1 MB. */
  ratio: number;
}

/** A template is about 30 KB; these leave room for a filled one with formatting, and nothing like a bomb. */
export const XLSX_LIMITS: XlsxLimits = {
  compressedBytes: 10 * 1024 * 1024,
  uncompressedBytes: 40 * 1024 * 1024,
  entries: 500,
  ratio: 200,
};

export type ZipProblem =
  | { code: 'ind.xlsx.not_a_workbook' }
  | { code: 'ind.xlsx.too_large'; bytes: number; limit: number }
  | { code: 'ind.xlsx.too_many_parts'; entries: number; limit: number }
  | { code: 'ind.xlsx.bomb'; part: string; ratio: number; limit: number };

const EOCD = 0x06054b50;
const CDH = 0x02014b50;

/** Null when the zip's directory is within the limits; otherwise the first problem found. */
export function inspectXlsxZip(buf: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): ZipProblem | null {
  if (buf.byteLength > limits.compressedBytes)
    return { code: 'ind.xlsx.too_large', bytes: buf.byteLength, limit: limits.compressedBytes };
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.byteLength - 22; i >= Math.max(0, buf.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { code: 'ind.xlsx.not_a_workbook' };
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: no template needs them
  if (entries === 0xffff || dirOffset === 0xffffffff)
    return { code: 'ind.xlsx.too_large', bytes: buf.byteLength, limit: limits.compressedBytes };
  if (entries > limits.entries) return { code: 'ind.xlsx.too_many_parts', entries, limit: limits.entries };
  let at = dirOffset;
  let total = 0;
  const decoder = new TextDecoder();
  for (let k = 0; k < entries; k++) {
    if (at + 46 > buf.byteLength || view.getUint32(at, true) !== CDH)
      return { code: 'ind.xlsx.not_a_workbook' };
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const part = decoder.decode(buf.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff || compressed === 0xffffffff)
      return { code: 'ind.xlsx.too_large', bytes: buf.byteLength, limit: limits.compressedBytes };
    total += size;
    if (total > limits.uncompressedBytes)
      return { code: 'ind.xlsx.too_large', bytes: total, limit: limits.uncompressedBytes };
    const ratio = size / Math.max(1, compressed);
    if (size > 1024 * 1024 && ratio > limits.ratio)
      return { code: 'ind.xlsx.bomb', part, ratio: Math.round(ratio), limit: limits.ratio };
    at += 46 + skip;
  }
  return null;
}
