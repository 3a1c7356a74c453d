// The offline check-in's memory on the device (localStorage, per session): the cached door list, the scans and walk-in
// counts queued with their nonces, and what each sync answered. Pure functions over a Storage, so tests run in Node.

export type Verdict = 'checked_in' | 'duplicate' | 'not_confirmed' | 'unknown' | 'pending';
export interface DoorEntry {
  id: number;
  name: string;
  phone: string;
  targetGroup: string;
  minors: number;
  status: string;
  ticketHash?: string | undefined;
}
export interface DoorCache {
  activity: { id: number; title: string };
  registrations: DoorEntry[];
  savedAt: string;
}
export interface QueuedScan {
  nonce: string;
  token: string;
  scannedAt: string;
  local: Verdict;
  name?: string | undefined;
}
export interface QueuedWalkIn {
  nonce: string;
  counts: Record<string, number>;
  countedAt: string;
}
/** A synced scan whose answer differs from what the device told the door (another door was first, a cancellation). */
export interface SyncedScan extends QueuedScan {
  result: string;
}
export interface DoorState {
  door: DoorCache | null;
  /** ticket hashes this device has let in, so a second scan at this door is a duplicate before any sync */
  inHere: string[];
  scans: QueuedScan[];
  walkIns: QueuedWalkIn[];
  synced: SyncedScan[];
}

const key = (sessionId: number) => `kepu-door-${sessionId}`;
const empty = (): DoorState => ({ door: null, inHere: [], scans: [], walkIns: [], synced: [] });

export function loadDoor(store: Storage, sessionId: number): DoorState {
  try {
    return { ...empty(), ...JSON.parse(store.getItem(key(sessionId)) ?? '{}') };
  } catch {
    return empty();
  }
}
export const saveDoor = (store: Storage, sessionId: number, s: DoorState) =>
  store.setItem(key(sessionId), JSON.stringify(s));

/** The sessions this device holds a door list for (the installed app's start page lists them). */
export function cachedSessions(store: Storage) {
  const out: { sessionId: number; title: string; pending: number }[] = [];
  for (let i = 0; i < store.length; i++) {
    const m = /^kepu-door-(\d+)$/.exec(store.key(i) ?? '');
    if (!m) continue;
    const s = loadDoor(store, Number(m[1]));
    if (s.door)
      out.push({
        sessionId: Number(m[1]),
        title: s.door.activity.title,
        pending: s.scans.length + s.walkIns.length,
      });
  }
  return out.sort((a, b) => a.sessionId - b.sessionId);
}

/** What the device can tell at the door from its cached list, before the server has seen the scan. */
export function judge(s: DoorState, hash: string | null): { verdict: Verdict; entry?: DoorEntry } {
  if (!hash || !s.door) return { verdict: 'pending' };
  const entry = s.door.registrations.find((r) => r.ticketHash === hash);
  if (!entry) return { verdict: 'unknown' };
  if (entry.status === 'checked_in' || s.inHere.includes(hash)) return { verdict: 'duplicate', entry };
  if (entry.status !== 'confirmed') return { verdict: 'not_confirmed', entry };
  return { verdict: 'checked_in', entry };
}

/** Queues a scan (the device's verdict kept to compare with the server's answer); returns the new state. */
export function queueScan(s: DoorState, scan: QueuedScan, hash: string | null): DoorState {
  const inHere = scan.local === 'checked_in' && hash ? [...s.inHere, hash] : s.inHere;
  return { ...s, inHere, scans: [...s.scans, scan] };
}

/** Takes the server's outcomes off the queue: answered nonces leave it, and each answer is kept for the log. */
export function settleScans(s: DoorState, outcomes: { nonce: string; result: string }[]): DoorState {
  const answers = new Map(outcomes.map((o) => [o.nonce, o.result]));
  const done = s.scans.filter((q) => answers.has(q.nonce));
  return {
    ...s,
    scans: s.scans.filter((q) => !answers.has(q.nonce)),
    synced: [...done.map((q) => ({ ...q, result: answers.get(q.nonce) as string })), ...s.synced].slice(
      0,
      500,
    ),
  };
}

/** A synced scan the door was told one thing about and the server another. */
export const isConflict = (x: SyncedScan) =>
  x.local !== 'pending' && x.result !== 'replayed' && x.result !== x.local;

/** A scan's (or a count's) nonce: random, so one sent twice is recognised by the server. */
export const newNonce = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 hex of a ticket code, as the server stores it; null where the page has no Web Crypto (plain http). */
export async function hashToken(token: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
