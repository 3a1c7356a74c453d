// Sign-in timing: an unknown username must cost one argon2 check with the same parameters as a real account's, so the
// answer's timing does not reveal which accounts exist. Checked by counting the hash checks and reading their
// parameters, not by a stopwatch (CPU and wall-clock time are too noisy beside other test files).
import { describe, expect, it } from 'vitest';
import { checkCredentials, hashPassword, verifyPassword } from '../src/auth/passwords.ts';

/** The argon2 variant and cost parameters of a PHC string, e.g. `argon2id v=19 m=19456,t=2,p=1`. */
const costOf = (phc: string) => phc.split('$').slice(1, 4).join(' ');

describe('checkCredentials', () => {
  it('checks an unknown username against a decoy hash of the same cost as a real one, and refuses it', async () => {
    const real = await hashPassword('a-real-password-2025');
    const checked: string[] = [];
    const counting = async (stored: string, password: string) => {
      checked.push(stored);
      return verifyPassword(stored, password);
    };
    expect(await checkCredentials(undefined, 'a-real-password-2025', counting)).toBe(false);
    expect(await checkCredentials(real, 'wrong-password-2025', counting)).toBe(false);
    expect(checked).toHaveLength(2);
    expect(costOf(checked[0] as string)).toBe(costOf(real));
    expect(costOf(real)).toBe('argon2id v=19 m=19456,t=2,p=1');
  });

  it('accepts the right password and refuses a wrong one or a malformed stored hash', async () => {
    const real = await hashPassword('a-real-password-2025');
    expect(await checkCredentials(real, 'a-real-password-2025')).toBe(true);
    expect(await checkCredentials(real, 'a-real-password-2026')).toBe(false);
    expect(await checkCredentials('not-a-hash', 'a-real-password-2025')).toBe(false);
  });
});
