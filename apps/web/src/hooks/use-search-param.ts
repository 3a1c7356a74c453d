// Keeps a page's filters in the address (?group=3&unit=7&q=…), so they survive reload, back and sharing. A change
// starts from the address as it is now, not as this render saw it: react-router hands its updater the parameters of
// the last render, so two filters set before the page re-rendered (a day typed, then the next, on a slow phone) kept
// only the second.
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
        () => {
          const next = new URLSearchParams(window.location.search);
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
