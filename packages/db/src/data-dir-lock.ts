// One process at a time on an embedded data directory: PGlite has no lock of its own, and a second opener corrupts it.
// The lock names its holder by pid and (on Linux) the process's start time, so a lock left by a killed process is taken
// over even when the new process got the same pid: a container restarted after kill -9 runs its server as PID 1 again.
import { closeSync, openSync, readFileSync, realpathSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirInUseError extends Error {
  readonly code = 'db.data_dir_in_use';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the database in ${dataDir} is in use by another Kepu process (pid ${pid}); stop it first, ` +
        'or make the change through the running server (or use PostgreSQL with DATABASE_URL for several processes)',
    );
  }
}

/** Directories this process holds: the only way a lock naming our own pid can be live. */
const held = new Set<string>();

/** When a process started (clock ticks since boot, /proc/<pid>/stat field 22), or null where there is no /proc. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces and parentheses: count from the last ')'
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** The process `pid` that started at `started` still runs (not a zombie, not another process with its pid). */
function running(pid: number, started: string | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
  } catch {}
  if (!started) return true; // a lock written without the start time: trust the pid
  const now = startTime(pid);
  return now === null || now === started;
}

/** Takes `<dataDir>/kepu.lock` (a stale lock of a dead process is taken over); returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'kepu.lock');
  const key = realpathSync(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (held.has(key)) throw new DataDirInUseError(dataDir, process.pid);
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${process.pid} ${startTime(process.pid) ?? ''}`.trim());
      } finally {
        closeSync(fd);
      }
      held.add(key);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.delete(key);
        rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const [pidText, started] = readFileSync(file, 'utf8').trim().split(/\s+/);
      const pid = Number(pidText);
      // our own pid but not held here: a previous process with this pid (killed, restarted as the same PID 1)
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && running(pid, started))
        throw new DataDirInUseError(dataDir, pid);
      rmSync(file, { force: true }); // a crashed or killed process left it
    }
  }
  throw new Error(`could not lock ${file}`);
}
