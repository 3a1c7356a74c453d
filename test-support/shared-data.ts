// Where the shared fixtures live (R reference values, survey data, benchmark file): beside the project, or given by env.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');

/** KEPU_SHARED_DATA, else ../shared/data beside the checkout, else /work/shared/data (where CI clones elsewhere). */
export function sharedDataDir(): string {
  const candidates = [process.env.KEPU_SHARED_DATA, join(repoRoot, '../shared/data'), '/work/shared/data'];
  const found = candidates.find((c): c is string => !!c && existsSync(join(c, 'r-survey-expected.json')));
  if (!found) throw new Error(`shared fixtures not found; set KEPU_SHARED_DATA (looked in ${candidates.filter(Boolean).join(', ')})`);
  return found;
}
