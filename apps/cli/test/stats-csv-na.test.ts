// A numeric column with n/a, N/A, . or - in it stays numeric: `kepu stats estimate` estimates the number (NA without
// --na-rm, as R) and says how many values it read as missing, instead of treating the column as text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../src/stats/run-estimate.ts';

/** ten schools, three of whose scores are written as n/a, . and - */
const file = join(mkdtempSync(join(tmpdir(), 'kepu-na-')), 'scores.csv');
writeFileSync(file, 'school,score\n1,610\n2,n/a\n3,640\n4,.\n5,700\n6,-\n7,650\n8,580\n9,720\n10,600\n');

async function estimate(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEstimate([file, ...args, '--format', 'json'], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('missing-value tokens in a numeric column', () => {
  it('estimates the mean of the seven schools with a score, and notes the three read as missing', async () => {
    const r = await estimate('--mean', 'score', '--na-rm');
    expect(r.code).toBe(0);
    const { estimates } = JSON.parse(r.out);
    expect(estimates).toHaveLength(1);
    expect(estimates[0].estimate).toBeCloseTo((610 + 640 + 700 + 650 + 580 + 720 + 600) / 7, 10);
    expect(r.err).toBe(
      "kepu stats estimate: note: column 'score': 3 values written as n/a, N/A, . or - read as missing\n",
    );
  });

  it('without --na-rm the mean is missing, as in R, not a share per distinct text', async () => {
    const r = await estimate('--mean', 'score');
    expect(r.code).toBe(0);
    const { estimates } = JSON.parse(r.out);
    expect(estimates).toHaveLength(1);
    expect(estimates[0].estimate).toBeNull();
  });
});
