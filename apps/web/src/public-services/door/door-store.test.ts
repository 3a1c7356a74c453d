// The offline check-in's device side: the verdict from the cached list, the queue kept across a reload, what a sync
// answers taken off the queue with its conflicts, the device's ticket hash equal to the server's, and the camera's
// reader (@zxing/library, as @zxing/browser uses it) reading a ticket's QR code as the ticket page draws it (uqr).
import { createHash } from 'node:crypto';
import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import {
  cachedSessions,
  type DoorState,
  hashToken,
  isConflict,
  judge,
  loadDoor,
  queueScan,
  saveDoor,
  settleScans,
} from './door-store.ts';

class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  get length() {
    return this.#m.size;
  }
  key = (i: number) => [...this.#m.keys()][i] ?? null;
  getItem = (k: string) => this.#m.get(k) ?? null;
  setItem = (k: string, v: string) => void this.#m.set(k, v);
  removeItem = (k: string) => void this.#m.delete(k);
  clear = () => this.#m.clear();
}

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const person = (id: number, token: string, status: string) => ({
  id,
  name: `观众${id}`,
  phone: '139****0000',
  targetGroup: 'elderly',
  minors: 0,
  status,
  ticketHash: sha(token),
});
const cached = (): DoorState => ({
  door: {
    activity: { id: 1, title: '防诈骗讲座' },
    registrations: [
      person(1, 'AAAA', 'confirmed'),
      person(2, 'BBBB', 'waitlisted'),
      person(3, 'CCCC', 'checked_in'),
    ],
    savedAt: '2026-09-20T01:00:00Z',
  },
  inHere: [],
  scans: [],
  walkIns: [],
  synced: [],
});
const scan = (nonce: string, token: string, local: ReturnType<typeof judge>['verdict']) => ({
  nonce,
  token,
  scannedAt: '2026-09-20T01:30:00Z',
  local,
});

describe('the offline check-in on the device', () => {
  it('hashes a ticket code as the server stores it', async () => {
    expect(await hashToken('ABCDEFGHIJKLMNOP')).toBe(sha('ABCDEFGHIJKLMNOP'));
  });

  it('tells the door at once: in, in twice, not confirmed, already in, not on the list', () => {
    let s = cached();
    expect(judge(s, sha('AAAA')).verdict).toBe('checked_in');
    s = queueScan(s, scan('n1', 'AAAA', 'checked_in'), sha('AAAA'));
    expect(judge(s, sha('AAAA'))).toMatchObject({ verdict: 'duplicate', entry: { name: '观众1' } });
    expect(judge(s, sha('BBBB')).verdict).toBe('not_confirmed');
    expect(judge(s, sha('CCCC')).verdict).toBe('duplicate');
    expect(judge(s, sha('ZZZZ')).verdict).toBe('unknown');
    expect(judge({ ...s, door: null }, sha('AAAA')).verdict).toBe('pending');
  });

  it('keeps the queue across a reload and lists the session with what waits to sync', () => {
    const store = new MemoryStorage();
    saveDoor(store, 7, queueScan(cached(), scan('n1', 'AAAA', 'checked_in'), sha('AAAA')));
    expect(loadDoor(store, 7).scans.map((x) => x.nonce)).toEqual(['n1']);
    expect(cachedSessions(store)).toEqual([{ sessionId: 7, title: '防诈骗讲座', pending: 1 }]);
    store.setItem('kepu-door-8', '{not json');
    expect(loadDoor(store, 8).scans).toEqual([]);
  });

  it('takes answered scans off the queue, keeps unanswered ones, and flags where the server differs', () => {
    let s = cached();
    s = queueScan(s, scan('n1', 'AAAA', 'checked_in'), sha('AAAA'));
    s = queueScan(s, scan('n2', 'AAAA', 'duplicate'), sha('AAAA'));
    s = queueScan(s, scan('n3', 'DDDD', 'unknown'), sha('DDDD'));
    // another door let 观众1 in first: this device's "in" is a duplicate on the server
    s = settleScans(s, [
      { nonce: 'n1', result: 'duplicate' },
      { nonce: 'n2', result: 'duplicate' },
    ]);
    expect(s.scans.map((x) => x.nonce)).toEqual(['n3']);
    expect(s.synced.filter(isConflict).map((x) => x.nonce)).toEqual(['n1']);
    s = settleScans(s, [{ nonce: 'n3', result: 'replayed' }]);
    expect(s.scans).toEqual([]);
    expect(s.synced.filter(isConflict).map((x) => x.nonce)).toEqual(['n1']);
  });

  it("reads a ticket's QR code as drawn on the ticket page", () => {
    const token = 'KQ4XB7MZP2RT5WYA';
    const qr = encode(token, { ecc: 'M', border: 2 });
    const scale = 6;
    const side = qr.size * scale;
    const pixels = new Uint8ClampedArray(side * side);
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++)
        pixels[y * side + x] = qr.data[Math.floor(y / scale)]?.[Math.floor(x / scale)] ? 0 : 255;
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, side, side)));
    expect(new QRCodeReader().decode(bitmap).getText()).toBe(token);
  });
});
