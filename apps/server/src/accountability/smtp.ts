// A small SMTP client (no mail package is installed): EHLO, STARTTLS or implicit TLS, AUTH PLAIN/LOGIN, MAIL FROM,
// RCPT TO, DATA with a base64 UTF-8 body, QUIT. Every reply is checked; an unexpected one rejects with the server's own
// words, which the outbox records. The password is sent only over TLS unless the settings explicitly allow otherwise,
// and it never appears in an error.
import type { MailSettings } from './mail-settings.ts';
import { replyText, type SmtpReply, SmtpWire } from './smtp-wire.ts';

export interface SmtpMessage {
  from: string;
  to: string;
  subject: string;
  body: string;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const wrap = (s: string) => s.replace(/.{1,76}/g, '$&\r\n');

/** The EHLO keywords offered, upper case, e.g. STARTTLS or "AUTH PLAIN LOGIN". */
const extensions = (ehlo: SmtpReply) => ehlo.lines.slice(1).map((l) => l.trim().toUpperCase());
const offers = (ehlo: SmtpReply, keyword: string) => extensions(ehlo).some((e) => e.split(' ')[0] === keyword);
const authMechanisms = (ehlo: SmtpReply) =>
  extensions(ehlo)
    .filter((e) => /^AUTH[ =]/.test(e))
    .flatMap((e) => e.slice(5).split(' '));

export async function sendSmtp(s: MailSettings, m: SmtpMessage): Promise<void> {
  for (const [field, value] of [
    ['from', m.from],
    ['to', m.to],
  ])
    if (/[\r\n<>]/.test(value)) throw new Error(`SMTP: the ${field} address "${value.slice(0, 80)}" is malformed`);
  const wire = SmtpWire.open({
    host: s.host,
    port: s.port,
    tls: s.security === 'tls',
    ca: s.ca,
    timeoutMs: s.timeoutMs ?? 10_000,
  });
  // `shown` replaces the command in errors (AUTH lines carry the credentials)
  const command = async (line: string | null, code: number, shown = line ?? 'connect') => {
    if (line !== null) wire.write(line);
    const r = await wire.read();
    if (r.code !== code) throw new Error(`SMTP: expected ${code} after ${shown}, got "${replyText(r)}"`);
    return r;
  };
  try {
    await command(null, 220);
    let ehlo = await command('EHLO kepu', 250);
    if (s.security === 'starttls' && offers(ehlo, 'STARTTLS')) {
      await command('STARTTLS', 220);
      await wire.upgrade();
      ehlo = await command('EHLO kepu', 250);
    }
    if (s.user) {
      if (!wire.encrypted && !s.allowInsecureAuth)
        throw new Error(
          `SMTP: refusing to send the password over an unencrypted connection to ${s.host}:${s.port} ` +
            `(security ${s.security}${s.security === 'starttls' ? ', the server offered no STARTTLS' : ''})`,
        );
      const mechanisms = authMechanisms(ehlo);
      if (mechanisms.includes('PLAIN')) {
        await command(`AUTH PLAIN ${b64(`\0${s.user}\0${s.password ?? ''}`)}`, 235, 'AUTH PLAIN');
      } else if (mechanisms.includes('LOGIN')) {
        await command('AUTH LOGIN', 334);
        await command(b64(s.user), 334, 'AUTH LOGIN user');
        await command(b64(s.password ?? ''), 235, 'AUTH LOGIN password');
      } else throw new Error(`SMTP: ${s.host} offers no AUTH PLAIN or LOGIN (offered: ${mechanisms.join(' ') || 'none'})`);
    }
    await command(`MAIL FROM:<${m.from}>`, 250);
    await command(`RCPT TO:<${m.to}>`, 250);
    await command('DATA', 354);
    const headers = [
      `From: <${m.from}>`,
      `To: <${m.to}>`,
      `Subject: =?UTF-8?B?${b64(m.subject)}?=`,
      `Date: ${new Date().toUTCString()}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
    ];
    wire.writeRaw(`${headers.join('\r\n')}\r\n\r\n${wrap(b64(m.body))}.\r\n`);
    await command(null, 250, 'the message');
    wire.write('QUIT');
  } finally {
    wire.close();
  }
}
