// `kepu serve`: runs the platform (PGlite under ./data by default, or DATABASE_URL), with demo data on first start.
import { type Command, Option } from 'commander';
import { fail } from './options.ts';

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
      '--jurisdiction <code>',
      'the default jurisdiction (GB/T 2260 code): of anonymous visitors and of accounts scoped to none',
      process.env.KEPU_JURISDICTION ?? '211100',
    )
    .option(
      '--time-zone <zone>',
      "the jurisdiction's IANA time zone: when its days (filing windows, due dates) begin",
      process.env.KEPU_TIME_ZONE ?? 'Asia/Shanghai',
    )
    .option(
      '--statement-timeout <seconds>',
      'PostgreSQL: cancel a statement after this long and answer 503 (0: no limit)',
      process.env.KEPU_STATEMENT_TIMEOUT ?? '15',
    )
    .option(
      '--trust-proxy <proxy>',
      'behind a reverse proxy only: true, a hop count, or the proxy addresses (trusts X-Forwarded-For/-Proto)',
      process.env.KEPU_TRUST_PROXY,
    )
    // Email is optional and off by default; each flag sets the KEPU_SMTP_* variable of the same name (the password only
    // from KEPU_SMTP_PASSWORD, never a flag, so it does not show in the process list).
    .option(
      '--smtp-host <host>',
      'SMTP server: turns email copies of notifications on',
      process.env.KEPU_SMTP_HOST,
    )
    .option(
      '--smtp-port <port>',
      'SMTP port (default 465 with --smtp-security tls, else 25)',
      process.env.KEPU_SMTP_PORT,
    )
    .addOption(
      new Option('--smtp-security <mode>', 'tls (from the start), starttls (upgrade when offered) or none')
        .choices(['tls', 'starttls', 'none'])
        .default(process.env.KEPU_SMTP_SECURITY),
    )
    .option('--smtp-from <address>', 'sender address', process.env.KEPU_SMTP_FROM)
    .option(
      '--smtp-user <name>',
      'SMTP sign-in name; the password comes from KEPU_SMTP_PASSWORD',
      process.env.KEPU_SMTP_USER,
    )
    .action(async (o: ServeOptions) => {
      const port = Number(o.port);
      if (!/^\d+$/.test(o.port.trim()) || port > 65535) {
        fail(`the port (--port or PORT) must be a whole number from 0 to 65535, not "${o.port}"`);
      }
      smtpEnvironment(o);
      const timeout = Number(o.statementTimeout);
      if (!(o.statementTimeout.trim() !== '' && timeout >= 0 && timeout <= 86_400))
        fail(`--statement-timeout must be a number of seconds from 0 to 86400, not ${o.statementTimeout}`);
      if (!/^\d{6}$/.test(o.jurisdiction.trim()))
        fail(
          `--jurisdiction (or KEPU_JURISDICTION) must be a six-digit GB/T 2260 code, not "${o.jurisdiction}"`,
        );
      const { everyDemoAccount, startServer } = await import('@kepu/server');
      const server = await startServer({
        port,
        host: o.host,
        databaseUrl: process.env.DATABASE_URL,
        dataDir: o.dataDir,
        seedDemo: o.demo,
        jurisdiction: o.jurisdiction.trim(),
        timeZone: o.timeZone,
        // failures (each 500 with its request id) are always logged; KEPU_LOG=1 logs every request
        logger: process.env.KEPU_LOG === '1' ? true : 'error',
        trustProxy: trustProxyOption(o.trustProxy),
        statementTimeoutMs: Math.round(timeout * 1000),
      }).catch(async (e) => {
        const { DataDirInUseError, isDatabaseFault } = await import('@kepu/db');
        if (e instanceof DataDirInUseError) return fail(e.message);
        if ((e as { code?: string }).code === 'EADDRINUSE') {
          return fail(
            `port ${port} is in use: choose another with --port N (npm start -- --port N) or PORT=N`,
          );
        }
        // the database is down or its disk is full: say so in one line, exit (a supervisor may start us again)
        if (isDatabaseFault(e)) return fail(`cannot start: ${e.message}`, 1);
        return Promise.reject(e);
      });
      const shown = `http://localhost:${new URL(server.url).port}`;
      console.log(`Kepu 科普 is running at ${shown}  (database: ${server.engine})`);
      console.log(`API docs: ${shown}/api/docs`);
      if (o.demo) {
        console.log(
          server.seeded ? 'Loaded the Panjin demo data. Demo accounts:' : 'Demo accounts (if not changed):',
        );
        for (const a of everyDemoAccount)
          console.log(`  ${a.role.padEnd(9)} ${a.username.padEnd(10)} ${a.password}   ${a.displayName}`);
      }
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

interface ServeOptions {
  port: string;
  host: string;
  dataDir: string;
  demo: boolean;
  jurisdiction: string;
  timeZone: string;
  statementTimeout: string;
  trustProxy?: string;
  smtpHost?: string;
  smtpPort?: string;
  smtpSecurity?: string;
  smtpFrom?: string;
  smtpUser?: string;
}

/** The mail settings are read from the environment by the server; flags override the variables. */
function smtpEnvironment(o: ServeOptions): void {
  const vars = {
    KEPU_SMTP_HOST: o.smtpHost,
    KEPU_SMTP_PORT: o.smtpPort,
    KEPU_SMTP_SECURITY: o.smtpSecurity,
    KEPU_SMTP_FROM: o.smtpFrom,
    KEPU_SMTP_USER: o.smtpUser,
  };
  for (const [name, value] of Object.entries(vars)) if (value) process.env[name] = value;
}

/** `true`, a hop count, or addresses/CIDRs as Fastify reads them; absent means the client's own address is used. */
function trustProxyOption(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
