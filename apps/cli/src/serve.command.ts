// `kepu serve`: runs the platform (PGlite under ./data by default, or DATABASE_URL), with demo data on first start.
import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the web platform and API')
    .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '3000')
    // Only this machine by default: the demo accounts' passwords are public. `--host 0.0.0.0` serves the network.
    .option('--host <host>', 'address to bind (0.0.0.0 for every interface)', process.env.HOST ?? '127.0.0.1')
    .option('--data-dir <dir>', 'PGlite data directory (when DATABASE_URL is not set)', './data/pglite')
    .option('--no-demo', 'do not load the Panjin demo data into an empty database')
    .option(
      '--trust-proxy <proxy>',
      'behind a reverse proxy only: true, a hop count, or the proxy addresses (trusts X-Forwarded-For/-Proto)',
      process.env.KEPU_TRUST_PROXY,
    )
    .action(
      async (o: { port: string; host: string; dataDir: string; demo: boolean; trustProxy?: string }) => {
        const { demoAccounts, startServer } = await import('@kepu/server');
        const server = await startServer({
          port: Number(o.port),
          host: o.host,
          databaseUrl: process.env.DATABASE_URL,
          dataDir: o.dataDir,
          seedDemo: o.demo,
          logger: process.env.KEPU_LOG === '1',
          trustProxy: trustProxyOption(o.trustProxy),
        });
        const shown = `http://localhost:${new URL(server.url).port}`;
        console.log(`Kepu 科普 is running at ${shown}  (database: ${server.engine})`);
        console.log(`API docs: ${shown}/api/docs`);
        if (o.demo) {
          console.log(
            server.seeded ? 'Loaded the Panjin demo data. Demo accounts:' : 'Demo accounts (if not changed):',
          );
          for (const a of demoAccounts)
            console.log(`  ${a.role.padEnd(9)} ${a.username.padEnd(8)} ${a.password}   ${a.displayName}`);
        }
        const stop = async () => {
          await server.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      },
    );
}

/** `true`, a hop count, or addresses/CIDRs as Fastify reads them; absent means the client's own address is used. */
function trustProxyOption(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
