#!/usr/bin/env node
// The `kepu` command. Runs the bundle in ../dist (`npm run build:cli`, made by `npm install`) when it is newer than
// every TypeScript source it was built from; otherwise, or with KEPU_FROM_SOURCE=1, the sources through tsx, so an
// edited checkout never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/main.mjs', import.meta.url));
const sources = [
  'apps/cli/src',
  'apps/server/src',
  'packages/stats/src',
  'packages/domain/src',
  'packages/db/src',
];

/** The newest modification time under `dir` (ms), 0 when it does not exist. */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const e of entries)
    if (e.isFile()) latest = Math.max(latest, statSync(`${e.parentPath}/${e.name}`).mtimeMs);
  return latest;
}

function bundleIsFresh() {
  if (process.env.KEPU_FROM_SOURCE === '1') return false;
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  return sources.every((s) => newest(root + s) <= built);
}

if (bundleIsFresh()) await import(bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
