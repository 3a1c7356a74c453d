// Mail settings from KEPU_SMTP_* (off without KEPU_SMTP_HOST); mailStatus() never shows the password.
import { readFileSync } from 'node:fs';
import type { AccMailStatus } from '@kepu/domain/accountability';

export type SmtpSecurity = 'tls' | 'starttls' | 'none';
export const smtpSecurities: readonly SmtpSecurity[] = ['tls', 'starttls', 'none'];

export interface MailSettings {
  host: string;
  port: number;
  from: string;
  /** tls: encrypted from the start (port 465); starttls: upgrade when the server offers it; none: never encrypt */
  security: SmtpSecurity;
  user: string | null;
  password: string | null;
  /** send the password over an unencrypted connection (only for a relay on a trusted local network) */
  allowInsecureAuth: boolean;
  /** PEM of a private certificate authority (KEPU_SMTP_CA_FILE) */
  ca?: string;
  timeoutMs?: number;
}

/** The settings, or null when mail is off; throws with the variable's name when a value is unusable. */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  if (!env.KEPU_SMTP_HOST) return null;
  const security = (env.KEPU_SMTP_SECURITY ||
    (env.KEPU_SMTP_PORT === '465' ? 'tls' : 'starttls')) as SmtpSecurity;
  if (!smtpSecurities.includes(security))
    throw new Error(`KEPU_SMTP_SECURITY must be one of ${smtpSecurities.join(', ')}, not "${security}"`);
  const port = Number(env.KEPU_SMTP_PORT || (security === 'tls' ? 465 : 25));
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`KEPU_SMTP_PORT must be a port number, not "${env.KEPU_SMTP_PORT}"`);
  const user = env.KEPU_SMTP_USER || null;
  if (user && !env.KEPU_SMTP_PASSWORD) throw new Error('KEPU_SMTP_USER is set but KEPU_SMTP_PASSWORD is not');
  return {
    host: env.KEPU_SMTP_HOST,
    port,
    from: env.KEPU_SMTP_FROM || 'kepu@localhost',
    security,
    user,
    password: user ? (env.KEPU_SMTP_PASSWORD as string) : null,
    allowInsecureAuth: env.KEPU_SMTP_ALLOW_INSECURE_AUTH === '1',
    ...(env.KEPU_SMTP_CA_FILE ? { ca: readFileSync(env.KEPU_SMTP_CA_FILE, 'utf8') } : {}),
  };
}

/** What the office's outbox page shows: never the password. */
export function mailStatus(s: MailSettings | null): AccMailStatus {
  if (!s) return { enabled: false as const };
  return {
    enabled: true as const,
    host: s.host,
    port: s.port,
    security: s.security,
    from: s.from,
    user: s.user,
    allowInsecureAuth: s.allowInsecureAuth,
  };
}
