// The benches' server: api-server.ts bundled as `npm start` runs it, in a process of its own (so the load generator does
// not share its event loop), with its CPU time on request. BENCH_CPU_PROF=DIR writes its V8 CPU profile there.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

export interface BenchServer {
  url: string;
  /** CPU time the server process has used (µs; with PGlite, the database's too) */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

/** api-server.ts bundled as `npm start` runs the server (apps/cli/dist): tsx's output names every function as it
 *  is made, which cost a third of a request's CPU. */
async function bundleServer(): Promise<string> {
  // inside the repository, so that the packages it imports are found in node_modules
  const dir = fileURLToPath(new URL('../../../node_modules/.cache/kepu-bench-server', import.meta.url));
  await build({
    input: fileURLToPath(new URL('./api-server.ts', import.meta.url)),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@kepu/'),
    output: {
      dir,
      format: 'esm',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name]-[hash].mjs',
      cleanDir: true,
    },
    logLevel: 'silent',
  });
  return join(dir, 'api-server.mjs');
}
const bundled = bundleServer();

/** The server on a PostgreSQL URL or a PGlite directory. */
export async function serve(target: string): Promise<BenchServer> {
  const serverBundle = await bundled;
  const profile = process.env.BENCH_CPU_PROF;
  const child = fork(serverBundle, [target], {
    execArgv: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cpu = () =>
    new Promise<number>((resolve) => {
      child.once('message', (m) => {
        const { user, system } = (m as { cpu: NodeJS.CpuUsage }).cpu;
        resolve(user + system);
      });
      child.send('cpu');
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    void exited.then(() => reject(new Error('the server exited before it listened')));
    child.once('message', (m) =>
      resolve({
        url: (m as { url: string }).url,
        cpu,
        stop: () => {
          child.disconnect();
          return exited;
        },
      }),
    );
  });
}
