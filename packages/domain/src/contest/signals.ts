// Anti-cheat signals, pure: each is a reason for a person to look, never a penalty by itself.
import type { Signal } from './contest.records.ts';

/** Faster than anyone reads: under two seconds an item on average (a paper of at least three items). */
export const MIN_SECONDS_PER_ITEM = 2;
/** The same answer sequence from this many players of a contest (a shared answer sheet or a script). */
export const IDENTICAL_PLAYERS = 5;
/** This many players from one device. */
export const DEVICE_PLAYERS = 4;

export function speedSignal(seconds: number, items: number): Signal | null {
  if (items < 3 || seconds >= items * MIN_SECONDS_PER_ITEM) return null;
  return { kind: 'speed', detail: `${items} items in ${seconds.toFixed(1)} s` };
}

/** The answers as a key (each item's id with its choices, by item id, whatever the paper's order), for counting
 *  identical answer sequences. */
export function sequenceKey(paper: readonly number[], answers: readonly (readonly number[])[]): string {
  return paper
    .map((id, k) => [id, `${id}:${[...(answers[k] ?? [])].sort().join('')}`] as const)
    .sort((a, b) => a[0] - b[0])
    .map((x) => x[1])
    .join('|');
}

export function identicalSignal(samePlayers: number): Signal | null {
  return samePlayers >= IDENTICAL_PLAYERS
    ? { kind: 'identical', detail: `${samePlayers} players with the same answers` }
    : null;
}

export function deviceSignal(playersOnDevice: number): Signal | null {
  return playersOnDevice >= DEVICE_PLAYERS
    ? { kind: 'device', detail: `${playersOnDevice} players on one device` }
    : null;
}
