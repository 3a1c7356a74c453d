// The offline check-in's state: every scan and walk-in count is queued on the device first and synced when the
// network answers (at once when online, on the browser's "online" event, or by hand); the door list is refreshed
// after each sync and kept for the next time the page opens without a network.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import {
  type DoorCache,
  type DoorState,
  hashToken,
  judge,
  loadDoor,
  newNonce,
  queueScan,
  saveDoor,
  settleScans,
} from './door-store.ts';

export function useDoor(sessionId: number) {
  const [state, setState] = useState(() => loadDoor(localStorage, sessionId));
  const [online, setOnline] = useState(navigator.onLine);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(state);
  const running = useRef(false);
  /** something was queued while a sync ran (after it had passed that queue): it goes round once more */
  const again = useRef(false);
  const update = useCallback(
    (f: (s: DoorState) => DoorState) => {
      latest.current = f(latest.current);
      saveDoor(localStorage, sessionId, latest.current);
      setState(latest.current);
    },
    [sessionId],
  );

  const sync = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    setBusy(true);
    const base = `/svc/sessions/${sessionId}`;
    try {
      do {
        again.current = false;
        while (latest.current.scans.length) {
          const batch = latest.current.scans.slice(0, 5000);
          const r = await api.post<{ outcomes: { nonce: string; result: string }[] }>(`${base}/sync`, {
            scans: batch.map(({ nonce, token, scannedAt }) => ({ nonce, token, scannedAt })),
          });
          update((s) => settleScans(s, r.outcomes));
        }
        for (const w of latest.current.walkIns) {
          await api.post(`${base}/walk-ins`, w);
          update((s) => ({ ...s, walkIns: s.walkIns.filter((x) => x.nonce !== w.nonce) }));
        }
      } while (again.current);
      const door = await api.get<Omit<DoorCache, 'savedAt'>>(`${base}/door`);
      update((s) => ({ ...s, door: { ...door, savedAt: new Date().toISOString() } }));
      setOnline(true);
      setError(null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 0) setOnline(false);
      else setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e)));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [sessionId, update]);

  useEffect(() => {
    void sync();
    const on = () => {
      setOnline(true);
      void sync();
    };
    const off = () => setOnline(false);
    addEventListener('online', on);
    addEventListener('offline', off);
    return () => {
      removeEventListener('online', on);
      removeEventListener('offline', off);
    };
  }, [sync]);

  const scan = useCallback(
    async (token: string) => {
      const hash = await hashToken(token);
      const found = judge(latest.current, hash);
      const entry = {
        nonce: newNonce(),
        token,
        scannedAt: new Date().toISOString(),
        local: found.verdict,
        name: found.entry?.name,
      };
      update((s) => queueScan(s, entry, hash));
      if (navigator.onLine) void sync();
      return found;
    },
    [sync, update],
  );

  const walkIn = useCallback(
    (counts: Record<string, number>) => {
      update((s) => ({
        ...s,
        walkIns: [...s.walkIns, { nonce: newNonce(), counts, countedAt: new Date().toISOString() }],
      }));
      if (navigator.onLine) void sync();
    },
    [sync, update],
  );

  return { state, online, busy, error, scan, walkIn, sync };
}
