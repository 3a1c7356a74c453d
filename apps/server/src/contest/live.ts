// The contest's live layer: attempt state, counters (attempt caps, rate limits, identical answer sequences), sets
// (players per device) and sorted-set leaderboards. Redis when REDIS_URL is set; otherwise the same interface in
// this process, so `npm start` needs nothing else. PostgreSQL/PGlite stays the record: the live layer is rebuilt
// from it (round.ts) and losing it loses nothing acknowledged.
import { Redis } from 'ioredis';

export interface Live {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Sets the key when it is absent; true when this call set it. */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  del(key: string): Promise<void>;
  /** Adds to a counter (made with the TTL when absent); answers the new value. */
  incr(key: string, by: number, ttlSeconds: number): Promise<number>;
  /** Adds a member to a set; answers the set's size. */
  addToSet(key: string, member: string, ttlSeconds: number): Promise<number>;
  /** A member's score becomes the greater of its score and this one. */
  boardMax(key: string, member: string, score: number): Promise<void>;
  /** As boardMax, atomically; answers how much the member's score rose (0 when it did not). */
  boardMaxRise(key: string, member: string, score: number): Promise<number>;
  boardAdd(key: string, member: string, by: number): Promise<void>;
  /** Members by score, highest first (ties by member). */
  boardTop(key: string, n: number): Promise<[string, number][]>;
  setLabels(key: string, labels: Record<string, string>): Promise<void>;
  labels(key: string, members: string[]): Promise<(string | null)[]>;
  close(): Promise<void>;
}

export function liveFor(url: string | undefined, prefix = 'kepu:'): Live {
  return url ? redisLive(url, prefix) : memoryLive();
}

export function redisLive(url: string, prefix: string): Live {
  const r = new Redis(url, { keyPrefix: prefix, maxRetriesPerRequest: 2, enableAutoPipelining: true });
  r.defineCommand('zmaxrise', {
    numberOfKeys: 1,
    lua: `local old = tonumber(redis.call('zscore', KEYS[1], ARGV[2]))
      local s = tonumber(ARGV[1])
      if old == nil then redis.call('zadd', KEYS[1], s, ARGV[2]) return tostring(s) end
      if s > old then redis.call('zadd', KEYS[1], s, ARGV[2]) return tostring(s - old) end
      return '0'`,
  });
  const rise = r as unknown as { zmaxrise(k: string, s: number, m: string): Promise<string> };
  return {
    get: (k) => r.get(k),
    set: async (k, v, ttl) => {
      await r.set(k, v, 'EX', ttl);
    },
    claim: async (k, ttl) => (await r.set(k, '1', 'EX', ttl, 'NX')) === 'OK',
    del: async (k) => {
      await r.del(k);
    },
    incr: async (k, by, ttl) => {
      const [[, n]] = (await r.multi().incrby(k, by).expire(k, ttl, 'NX').exec()) as [[null, number]];
      return n;
    },
    addToSet: async (k, m, ttl) => {
      const res = (await r.multi().sadd(k, m).expire(k, ttl, 'NX').scard(k).exec()) as [null, number][];
      return (res[2] as [null, number])[1];
    },
    boardMax: async (k, m, s) => {
      await r.zadd(k, 'GT', s, m);
    },
    boardMaxRise: async (k, m, s) => Number(await rise.zmaxrise(k, s, m)),
    boardAdd: async (k, m, by) => {
      await r.zincrby(k, by, m);
    },
    boardTop: async (k, n) => {
      const flat = await r.zrange(k, 0, n - 1, 'REV', 'WITHSCORES');
      const out: [string, number][] = [];
      for (let i = 0; i < flat.length; i += 2) out.push([flat[i] as string, Number(flat[i + 1])]);
      return sortTies(out);
    },
    setLabels: async (k, labels) => {
      if (Object.keys(labels).length) await r.hset(k, labels);
    },
    labels: async (k, members) => (members.length ? r.hmget(k, ...members) : []),
    close: async () => {
      await r.quit();
    },
  };
}

/** Redis orders equal scores by member descending under REV; both layers answer ties by member ascending. */
const sortTies = (rows: [string, number][]) =>
  rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

export function memoryLive(): Live {
  const values = new Map<string, { v: string; until: number }>();
  const sets = new Map<string, Set<string>>();
  const boards = new Map<string, Map<string, number>>();
  const hashes = new Map<string, Map<string, string>>();
  const read = (k: string) => {
    const e = values.get(k);
    if (e && e.until < Date.now()) values.delete(k);
    return values.get(k)?.v ?? null;
  };
  /** the entry of a map, made when absent */
  const at = <V>(m: Map<string, V>, k: string, make: () => V): V => {
    const v = m.get(k) ?? make();
    m.set(k, v);
    return v;
  };
  const board = (k: string) => at(boards, k, () => new Map<string, number>());
  return {
    get: async (k) => read(k),
    set: async (k, v, ttl) => {
      values.set(k, { v, until: Date.now() + ttl * 1000 });
    },
    claim: async (k, ttl) => {
      if (read(k) !== null) return false;
      values.set(k, { v: '1', until: Date.now() + ttl * 1000 });
      return true;
    },
    del: async (k) => {
      values.delete(k);
      boards.delete(k);
    },
    incr: async (k, by, ttl) => {
      const e = read(k);
      const n = Number(e ?? 0) + by;
      values.set(k, { v: String(n), until: values.get(k)?.until ?? Date.now() + ttl * 1000 });
      return n;
    },
    addToSet: async (k, m) => {
      const s = at(sets, k, () => new Set<string>());
      s.add(m);
      return s.size;
    },
    boardMax: async (k, m, s) => {
      const b = board(k);
      b.set(m, Math.max(b.get(m) ?? Number.NEGATIVE_INFINITY, s));
    },
    boardMaxRise: async (k, m, s) => {
      const b = board(k);
      const old = b.get(m);
      if (old !== undefined && old >= s) return 0;
      b.set(m, s);
      return s - (old ?? 0);
    },
    boardAdd: async (k, m, by) => {
      const b = board(k);
      b.set(m, (b.get(m) ?? 0) + by);
    },
    boardTop: async (k, n) => sortTies([...board(k)]).slice(0, n),
    setLabels: async (k, labels) => {
      const h = at(hashes, k, () => new Map<string, string>());
      for (const [m, l] of Object.entries(labels)) h.set(m, l);
    },
    labels: async (k, members) => members.map((m) => hashes.get(k)?.get(m) ?? null),
    close: async () => {},
  };
}
