// Keeps a page's filters in the address (?group=3&unit=7&q=…), so they survive reload, back and sharing.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function useSearchParamState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) || undefined])) as Record<
    K,
    string | undefined
  >;
  const set = useCallback(
    (key: K, value: string | undefined) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [values, set] as const;
}
