// Password hashing with argon2id (no home-made crypto).
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string) =>
  hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });

async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Checks a sign-in; an unknown username is checked against a decoy hash, so the answer's timing does not tell. */
export async function checkCredentials(stored: string | undefined, password: string): Promise<boolean> {
  if (stored !== undefined) return verifyPassword(stored, password);
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await decoy, password);
  return false;
}
