// The server half of `npm run bench:api`, in a process of its own so the load generator does not share its event
// loop: the real server (startServer) with the demo data, on the PostgreSQL URL or PGlite directory in argv[2].
// Sends its address to the parent, its CPU time when asked, and closes when the parent disconnects.
import { startServer } from '../src/start.ts';

const target = process.argv[2] ?? '';
const server = await startServer({
  port: 0,
  seedDemo: true,
  ...(target.startsWith('postgres') ? { databaseUrl: target } : { dataDir: target }),
});
process.send?.({ url: server.url });
process.on('message', () => process.send?.({ cpu: process.cpuUsage() }));
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
