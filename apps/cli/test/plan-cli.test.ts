// The `kepu plan` and `kepu users` commands, run as a user runs them, on a fresh PGlite directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'kepu-cli-'));
const dataDir = join(dir, 'pglite');

function kepu(...args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const r = spawnSync(
    process.execPath,
    [join(root, 'apps/cli/bin/kepu.js'), ...args, '--data-dir', dataDir],
    { cwd: root, encoding: 'utf8', env, timeout: 60_000 },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each step spawns the CLI, which starts PGlite: allow for a loaded 2-core machine.
describe('kepu plan import / export', { timeout: 120_000 }, () => {
  const example = join(root, 'docs/examples/small-county-outline.yaml');
  const first = join(dir, 'first.json');

  it('imports a YAML outline as a new plan version', () => {
    const r = kepu('plan', 'import', example);
    expect(r.err).not.toMatch(/kepu:/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/plan 1, 2 groups, 3 tasks/);
  });

  it('round-trips: import → export → import → export gives the same document', () => {
    const e1 = kepu('plan', 'export', '--plan', '1', '--format', 'json', '--out', first);
    expect(e1.code).toBe(0);
    const doc = JSON.parse(readFileSync(first, 'utf8'));
    expect(doc.groups[0]).toEqual(
      expect.objectContaining({
        kind: expect.any(String),
        leadUnits: expect.any(Array),
        taskNumbers: expect.any(Array),
      }),
    );
    expect(kepu('plan', 'import', first).out).toMatch(/plan 2/);
    const e2 = kepu('plan', 'export', '--plan', '2', '--format', 'json');
    expect(e2.out).toBe(readFileSync(first, 'utf8'));
  });

  it('refuses a malformed file naming the path and line, and stores nothing', () => {
    const doc = JSON.parse(readFileSync(first, 'utf8'));
    doc.tasks[1].responsibleUnits = [];
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(doc, null, 2));
    const r = kepu('plan', 'import', bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tasks\[1\]\.responsibleUnits/);
    expect(r.err).toMatch(/line \d+/);
    expect(kepu('plan', 'export', '--plan', '3').err).toMatch(/plan 3 not found/);
  });

  it('creates a user, and names the option that is wrong', () => {
    const ok = kepu(
      'users',
      'create',
      '--username',
      'analyst',
      '--role',
      'viewer',
      '--password',
      'a-long-password',
    );
    expect(ok.out).toMatch(/created viewer analyst/);
    const bad = kepu(
      'users',
      'create',
      '--username',
      'x',
      '--role',
      'viewer',
      '--password',
      'a-long-password',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--username/);
    const lonely = kepu(
      'users',
      'create',
      '--username',
      'lonely',
      '--role',
      'liaison',
      '--password',
      'a-long-password',
    );
    expect(lonely.err).toMatch(/--unit: a unit liaison needs a unit/);
    const weak = kepu(
      'users',
      'create',
      '--username',
      'weak',
      '--role',
      'viewer',
      '--password',
      'qwertyuiop',
    );
    expect([weak.code, weak.err]).toEqual([
      2,
      expect.stringMatching(/--password: this password is among the most common/),
    ]);
    // the CLI does not know whether the database holds the demo data, so it refuses the demo passwords
    const demo = kepu(
      'users',
      'create',
      '--username',
      'demo',
      '--role',
      'viewer',
      '--password',
      'kepu-viewer-2025',
    );
    expect(demo.err).toMatch(/--password: this is a demo account's published password/);
  });

  it('unlocks an account and gives it a new password to change at the next sign-in', () => {
    expect(kepu('users', 'unlock', '--username', 'analyst').out).toMatch(/unlocked analyst/);
    const reset = kepu('users', 'reset-password', '--username', 'analyst', '--password', 'fresh-start-2031');
    expect(reset.out).toMatch(/set a new password for analyst; it must be changed at the next sign-in/);
    expect(kepu('users', 'reset-password', '--username', 'analyst', '--password', 'short').err).toMatch(
      /--password: a password has at least 10/,
    );
    expect(kepu('users', 'unlock', '--username', 'nobody').err).toMatch(/--username: no account nobody/);
  });

  it('asks which jurisdiction a unit name means when two have it', () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, readFileSync(first, 'utf8').replace('"code": "999901"', '"code": "999902"'));
    expect(kepu('plan', 'import', other).code).toBe(0);
    const unit = ['--role', 'liaison', '--password', 'a-long-password', '--unit', '县科协'];
    const unsure = kepu('users', 'create', '--username', 'kx1', ...unit);
    expect(unsure.code).toBe(2);
    expect(unsure.err).toMatch(/县科协 is a unit of 999901 and 999902; say which with --jurisdiction/);
    expect(kepu('users', 'create', '--username', 'kx2', ...unit, '--jurisdiction', '999902').out).toMatch(
      /created liaison kx2/,
    );
  });
});

describe('kepu serve', { timeout: 60_000 }, () => {
  it('listens on this machine only unless told otherwise, since the demo passwords are public', () => {
    const { HOST: _host, ...env } = process.env;
    const r = spawnSync(process.execPath, [join(root, 'apps/cli/bin/kepu.js'), 'serve', '--help'], {
      cwd: root,
      encoding: 'utf8',
      env,
    });
    expect(r.stdout).toMatch(/--host <host>[^-]*\(default:\s+"127\.0\.0\.1"\)/);
  });
});
