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
      '--time-zone <zone>',
      "the jurisdiction's IANA time zone: when its days (filing windows, due dates) begin",
      process.env.KEPU_TIME_ZONE ?? 'Asia/Shanghai',
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
      smtpEnvironment(o);
      const { everyDemoAccount, startServer } = await import('@kepu/server');
      const server = await startServer({
        port: Number(o.port),
        host: o.host,
        databaseUrl: process.env.DATABASE_URL,
        dataDir: o.dataDir,
        seedDemo: o.demo,
        timeZone: o.timeZone,
        // failures (each 500 with its request id) are always logged; KEPU_LOG=1 logs every request
        logger: process.env.KEPU_LOG === '1' ? true : 'error',
        trustProxy: trustProxyOption(o.trustProxy),
      }).catch(async (e) => {
        const { DataDirInUseError } = await import('@kepu/db');
        return e instanceof DataDirInUseError ? fail(e.message) : Promise.reject(e);
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
  timeZone: string;
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
