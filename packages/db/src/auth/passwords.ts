// Password hashing with argon2id (no home-made crypto).
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string) =>
  hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });

/** A password against a stored argon2 hash; a malformed hash is a wrong password. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Checks a sign-in. An unknown username (no stored hash) is checked against a decoy hash made with the same argon2
 * parameters, so the answer costs the same work and its timing does not tell whether the account exists. `check` is
 * the hash check itself (argon2's; tests count its calls).
 */
export async function checkCredentials(
  stored: string | undefined,
  password: string,
  check: (stored: string, password: string) => Promise<boolean> = verifyPassword,
): Promise<boolean> {
  if (stored !== undefined) return check(stored, password);
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  await check(await decoy, password);
  return false;
}
