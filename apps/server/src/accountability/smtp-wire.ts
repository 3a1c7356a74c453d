// The SMTP connection: reads whole replies (multi-line "250-…" up to the "250 …" line) and can be upgraded to TLS in
// place after STARTTLS. Socket errors and timeouts reject the pending read with a message naming host and port.
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';

export interface SmtpReply {
  code: number;
  /** the text of each line, without the code */
  lines: string[];
}

export const replyText = (r: SmtpReply) => `${r.code} ${r.lines.join(' / ')}`;

export interface WireOptions {
  host: string;
  port: number;
  /** implicit TLS from the first byte (port 465 style) */
  tls: boolean;
  /** PEM of the certificate authority to trust, for a relay with a private or self-signed certificate */
  ca?: string;
  timeoutMs: number;
}

export class SmtpWire {
  private socket: Socket | TLSSocket;
  private buffer = '';
  private pending: string[] = [];
  private replies: SmtpReply[] = [];
  private waiting: { resolve: (r: SmtpReply) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | null = null;
  private readonly onData = (chunk: Buffer) => this.take(chunk.toString('utf8'));

  private constructor(private readonly o: WireOptions) {
    this.socket = o.tls
      ? tlsConnect({ host: o.host, port: o.port, servername: this.serverName(), ca: o.ca })
      : netConnect({ host: o.host, port: o.port });
    this.attach(this.socket);
  }

  static open(o: WireOptions): SmtpWire {
    return new SmtpWire(o);
  }

  get encrypted(): boolean {
    return 'encrypted' in this.socket && this.socket.encrypted === true;
  }

  /** The next complete reply from the server. */
  read(): Promise<SmtpReply> {
    const r = this.replies.shift();
    if (r) return Promise.resolve(r);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  write(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  writeRaw(data: string): void {
    this.socket.write(data);
  }

  /** Wraps the plain connection in TLS (after the server's 220 to STARTTLS); anything read before is discarded. */
  async upgrade(): Promise<void> {
    const plain = this.socket;
    plain.off('data', this.onData);
    this.buffer = '';
    this.pending = [];
    this.replies = [];
    const secure = tlsConnect({ socket: plain, host: this.o.host, servername: this.serverName(), ca: this.o.ca });
    this.socket = secure;
    this.attach(secure);
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', resolve);
      secure.once('error', reject);
    });
  }

  /** SNI takes a name, not an address; the certificate is still checked against the address */
  private serverName(): string | undefined {
    return isIP(this.o.host) ? undefined : this.o.host;
  }

  close(): void {
    this.socket.end();
    this.socket.destroy();
  }

  private attach(socket: Socket | TLSSocket) {
    socket.setTimeout(this.o.timeoutMs);
    socket.on('data', this.onData);
    socket.on('error', (e) => this.fail(new Error(`SMTP ${this.o.host}:${this.o.port}: ${e.message}`)));
    socket.on('timeout', () => {
      this.fail(new Error(`SMTP ${this.o.host}:${this.o.port} timed out`));
      socket.destroy();
    });
    socket.on('close', () => this.fail(new Error(`SMTP ${this.o.host}:${this.o.port} closed the connection`)));
  }

  private fail(e: Error) {
    if (this.failure) return;
    this.failure = e;
    for (const w of this.waiting.splice(0)) w.reject(e);
  }

  private take(text: string) {
    this.buffer += text;
    let i = this.buffer.indexOf('\r\n');
    while (i >= 0) {
      const line = this.buffer.slice(0, i);
      this.buffer = this.buffer.slice(i + 2);
      const m = /^(\d{3})([ -]?)(.*)$/.exec(line);
      this.pending.push(m ? m[3] : line);
      if (!m || m[2] !== '-') {
        const reply = { code: m ? Number(m[1]) : 0, lines: this.pending };
        this.pending = [];
        const w = this.waiting.shift();
        if (w) w.resolve(reply);
        else this.replies.push(reply);
      }
      i = this.buffer.indexOf('\r\n');
    }
  }
}
