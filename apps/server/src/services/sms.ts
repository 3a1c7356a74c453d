// The SMS gateway the registrants' messages go through: an HTTP endpoint the jurisdiction runs or rents from its
// carrier (KEPU_SMS_URL), which takes one message as JSON {"phone", "text"} and answers 2xx once it has accepted it.
// Optional and off by default: without it no message is queued, and the staff's activity page says so.
import type { SendText } from '@kepu/domain/services';

export interface SmsSettings {
  url: string;
  /** Sent as `Authorization: Bearer …` when set (KEPU_SMS_TOKEN). */
  token?: string;
  /** The 【signature】 a Chinese text message opens with (KEPU_SMS_SIGNATURE). */
  signature: string;
}

/** The gateway's settings from the environment; null when KEPU_SMS_URL is not set; throws naming a bad variable. */
export function smsSettings(env: NodeJS.ProcessEnv = process.env): SmsSettings | null {
  const url = env.KEPU_SMS_URL?.trim();
  if (!url) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || !/^https?:$/.test(parsed.protocol))
    throw new Error(`KEPU_SMS_URL must be an http:// or https:// address, not "${url}"`);
  const signature = env.KEPU_SMS_SIGNATURE?.trim() || '科普活动报名';
  if (signature.length > 12 || /[【】]/.test(signature))
    throw new Error(`KEPU_SMS_SIGNATURE must be at most 12 characters without 【】, not "${signature}"`);
  return { url, token: env.KEPU_SMS_TOKEN || undefined, signature };
}

/** Posts one message; a refusal or an unreachable gateway throws with what the gateway said. */
export function smsSender(s: SmsSettings): SendText {
  return async (phone, text) => {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(s.token ? { authorization: `Bearer ${s.token}` } : {}),
      },
      body: JSON.stringify({ phone, text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok)
      throw new Error(`HTTP ${res.status} ${(await res.text().catch(() => '')).slice(0, 200)}`.trim());
  };
}
