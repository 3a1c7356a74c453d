// A minimal SMTP client over node:net (no package is installed for mail): EHLO, MAIL FROM, RCPT TO, DATA, QUIT.
// Plain connection, no AUTH or STARTTLS: meant for a relay on the local network. Each reply is checked; any
// unexpected code rejects with the server's line, which the outbox records.
import { connect, type Socket } from 'node:net';

export interface SmtpMessage {
  from: string;
  to: string;
  subject: string;
  body: string;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const wrap = (s: string) => s.replace(/.{1,76}/g, '$&\r\n');

function reader(socket: Socket) {
  let buffer = '';
  const waiting: ((line: string) => void)[] = [];
  const lines: string[] = [];
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let i = buffer.indexOf('\r\n');
    while (i >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      // multi-line replies ("250-…") end with a line whose fourth character is a space
      if (/^\d{3} /.test(line) || !/^\d{3}-/.test(line)) {
        const w = waiting.shift();
        if (w) w(line);
        else lines.push(line);
      }
      i = buffer.indexOf('\r\n');
    }
  });
  return () =>
    new Promise<string>((resolve) =>
      lines.length ? resolve(lines.shift() as string) : waiting.push(resolve),
    );
}

export async function sendSmtp(
  host: string,
  port: number,
  m: SmtpMessage,
  timeoutMs = 10_000,
): Promise<void> {
  const socket = connect({ host, port });
  socket.setTimeout(timeoutMs);
  const failure = new Promise<never>((_, reject) => {
    socket.on('error', reject);
    socket.on('timeout', () => reject(new Error(`SMTP ${host}:${port} timed out`)));
  });
  const next = reader(socket);
  const expect = async (code: string) => {
    const line = await Promise.race([next(), failure]);
    if (!line.startsWith(code)) throw new Error(`SMTP: expected ${code}, got "${line}"`);
  };
  const send = (cmd: string) => socket.write(`${cmd}\r\n`);
  try {
    await expect('220');
    send(`EHLO kepu`);
    await expect('250');
    send(`MAIL FROM:<${m.from}>`);
    await expect('250');
    send(`RCPT TO:<${m.to}>`);
    await expect('250');
    send('DATA');
    await expect('354');
    const headers = [
      `From: <${m.from}>`,
      `To: <${m.to}>`,
      `Subject: =?UTF-8?B?${b64(m.subject)}?=`,
      `Date: ${new Date().toUTCString()}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
    ];
    socket.write(`${headers.join('\r\n')}\r\n\r\n${wrap(b64(m.body))}.\r\n`);
    await expect('250');
    send('QUIT');
  } finally {
    socket.end();
    socket.destroy();
  }
}
