// Text cells from CSV bytes: a column's repeated values (levels, codes) share one string instead of one per cell.

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const MAX_LENGTH = 32;
const MAX_ENTRIES = 4096;

/** Decodes fields to strings; short fields seen before come back as the same string without decoding. */
export class TextInterner {
  private size = 1024;
  private hashes = new Int32Array(this.size);
  private strings: (string | undefined)[] = new Array(this.size);
  private bytes: (Uint8Array | undefined)[] = new Array(this.size);
  private count = 0;

  /** The text of buf[start, end); `escaped` when it came from a quoted field with "" escapes. */
  text(buf: Uint8Array, start: number, end: number, escaped: boolean): string {
    const len = end - start;
    if (escaped || len > MAX_LENGTH) return decode(buf, start, end, escaped);
    let h = 0x811c9dc5;
    for (let p = start; p < end; p++) h = Math.imul(h ^ buf[p], 0x01000193);
    const mask = this.size - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const s = this.strings[slot];
      if (s === undefined) {
        const text = decode(buf, start, end, false);
        if (this.count < MAX_ENTRIES) this.add(slot, h, buf.slice(start, end), text);
        return text;
      }
      if (this.hashes[slot] === h && sameBytes(this.bytes[slot] as Uint8Array, buf, start, len)) return s;
    }
  }

  private add(slot: number, h: number, bytes: Uint8Array, text: string): void {
    this.hashes[slot] = h;
    this.strings[slot] = text;
    this.bytes[slot] = bytes;
    if (++this.count * 2 > this.size) this.grow();
  }

  private grow(): void {
    const { hashes, strings, bytes } = this;
    this.size *= 2;
    this.hashes = new Int32Array(this.size);
    this.strings = new Array(this.size);
    this.bytes = new Array(this.size);
    const mask = this.size - 1;
    for (let i = 0; i < hashes.length; i++) {
      const s = strings[i];
      if (s === undefined) continue;
      let slot = hashes[i] & mask;
      while (this.strings[slot] !== undefined) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i];
      this.strings[slot] = s;
      this.bytes[slot] = bytes[i];
    }
  }
}

function sameBytes(a: Uint8Array, buf: Uint8Array, start: number, len: number): boolean {
  if (a.length !== len) return false;
  for (let i = 0; i < len; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}

/** The UTF-8 text of buf[start, end), with "" unescaped when `escaped`. */
export function decode(buf: Uint8Array, start: number, end: number, escaped: boolean): string {
  const s = decoder.decode(buf.subarray(start, end));
  return escaped ? s.replaceAll('""', '"') : s;
}
