// Helpers the services repositories share: raw rows to records, ISO instants, ticket tokens and their hashes.
import { createHash, randomBytes } from 'node:crypto';

export const iso = (v: unknown): string =>
  v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString();
export const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));
export const day = (v: unknown): string =>
  v instanceof Date
    ? `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`
    : String(v).slice(0, 10);

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** 16 base32 letters from 80 random bits: typed by hand at the door if the QR code will not scan. */
export function newTicketToken(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
export const hashTicket = (token: string) => createHash('sha256').update(token).digest('hex');

export const num = (v: unknown): number => Number(v);
