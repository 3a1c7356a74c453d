// A tiny SMTP server for tests, over node:net and node:tls with a self-signed certificate made by openssl: greets,
// answers EHLO with what it offers (STARTTLS, AUTH mechanisms), upgrades on STARTTLS, checks AUTH PLAIN/LOGIN against
// one user, and records every command with whether it arrived encrypted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer as createTlsServer, TLSSocket } from 'node:tls';

export interface Cert {
  key: string;
  cert: string;
}

/** A throw-away certificate for 127.0.0.1 and localhost. */
export function selfSignedCert(): Cert {
  const dir = mkdtempSync(path.join(tmpdir(), 'kepu-smtp-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '1']
        .concat(['-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost']),
      { cwd: dir, stdio: 'ignore' },
    );
    return { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface FakeSmtpOptions {
  cert: Cert;
  /** TLS from the first byte (port 465 style) */
  implicitTls?: boolean;
  starttls?: boolean;
  auth?: { user: string; password: string; mechanisms: ('PLAIN' | 'LOGIN')[] };
  refuseRcpt?: boolean;
}

export interface FakeSmtp {
  port: number;
  /** "plain:EHLO kepu", "tls:AUTH PLAIN …", … in arrival order */
  transcript: string[];
  received: string[];
  close(): Promise<void>;
}

const decode = (s: string) => Buffer.from(s, 'base64').toString('utf8');

export function fakeSmtp(o: FakeSmtpOptions): Promise<FakeSmtp> {
  const transcript: string[] = [];
  const received: string[] = [];
  const sockets = new Set<Socket>();
  const serve = (socket: Socket, secure: boolean, greet: boolean) => {
    sockets.add(socket);
    let buffer = '';
    let data: string | null = null;
    let login: 'user' | 'password' | null = null;
    let loginUser = '';
    const say = (line: string) => socket.write(`${line}\r\n`);
    const checkAuth = (user: string, password: string) =>
      say(user === o.auth?.user && password === o.auth.password ? '235 2.7.0 accepted' : '535 5.7.8 Authentication credentials invalid');
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let i = buffer.indexOf('\r\n');
      while (i >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        i = buffer.indexOf('\r\n');
        if (data !== null) {
          if (line === '.') {
            received.push(data);
            data = null;
            say('250 queued');
          } else data += `${line}\n`;
          continue;
        }
        transcript.push(`${secure ? 'tls' : 'plain'}:${line}`);
        if (login === 'user') {
          loginUser = decode(line);
          login = 'password';
          say('334 UGFzc3dvcmQ6');
        } else if (login === 'password') {
          login = null;
          checkAuth(loginUser, decode(line));
        } else if (line.startsWith('EHLO')) {
          const offers = ['fake'];
          if (o.starttls && !secure) offers.push('STARTTLS');
          if (o.auth) offers.push(`AUTH ${o.auth.mechanisms.join(' ')}`);
          offers.push('8BITMIME');
          say(offers.map((x, k) => `250${k === offers.length - 1 ? ' ' : '-'}${x}`).join('\r\n'));
        } else if (line === 'STARTTLS') {
          say('220 2.0.0 ready to start TLS');
          socket.off('data', onData);
          serve(new TLSSocket(socket, { isServer: true, key: o.cert.key, cert: o.cert.cert }), true, false);
        } else if (line.startsWith('AUTH PLAIN ')) {
          const [, user, password] = decode(line.slice(11)).split('\0');
          checkAuth(user, password);
        } else if (line === 'AUTH LOGIN') {
          login = 'user';
          say('334 VXNlcm5hbWU6');
        } else if (line.startsWith('MAIL')) say('250 OK');
        else if (line.startsWith('RCPT')) say(o.refuseRcpt ? '550 no such mailbox' : '250 OK');
        else if (line === 'DATA') {
          data = '';
          say('354 go');
        } else if (line === 'QUIT') socket.end('221 bye\r\n');
        else say('502 unknown command');
      }
    };
    socket.on('data', onData);
    socket.on('error', () => {});
    if (greet) say('220 fake ESMTP');
  };
  const server: Server = o.implicitTls
    ? createTlsServer({ key: o.cert.key, cert: o.cert.cert }, (s) => serve(s, true, true))
    : createServer((s) => serve(s, false, true));
  server.on('tlsClientError', () => {});
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as { port: number }).port,
        transcript,
        received,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
}
