// The one password policy: every password an account gets (created by the office, reset by the office, changed by its
// owner) meets these rules, each refused with a code that names it.
import { type FieldIssue, invalid, issue } from '../kernel/field-error.ts';

export const PASSWORD_MIN_LENGTH = 10;
/** The longest password accepted (argon2 hashes any length; this bounds the work of one request). */
export const PASSWORD_MAX_LENGTH = 200;

/** The demo accounts' passwords, printed at every demo start: refused on a database started without the demo data. */
export const DEMO_PASSWORDS: readonly string[] = [
  'kepu-office-2025',
  'kepu-liaison-2025',
  'kepu-district-2025',
  'kepu-viewer-2025',
  'kepu-analyst-2025',
  'kepu-interviewer-2025',
  'kepu-province-2025',
];

/**
 * Passwords of 10 or more characters that lead the published lists of leaked passwords (compared in lower case).
 * A short list on purpose: it stops the first guesses, not a dictionary attack (the lock-out after failed sign-ins does).
 */
const COMMON_PASSWORDS = new Set([
  '0123456789',
  '1234567890',
  '12345678901',
  '123456789012',
  '1234567890a',
  'a1234567890',
  '0987654321',
  '9876543210',
  '123123123123',
  '1234512345',
  '147258369a',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwertyuiop123',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'asdfghjkl123',
  'zxcvbnm123',
  'abcdefghij',
  'abcd123456',
  'abc1234567',
  'abc12345678',
  'abcdef123456',
  'password12',
  'password123',
  'password1234',
  'password12345',
  'passw0rd123',
  'p@ssw0rd123',
  'iloveyou12',
  'iloveyou123',
  'admin12345',
  'admin123456',
  'admin@1234',
  'administrator',
  'welcome123',
  'welcome1234',
  'letmein123',
  'changeme123',
  'woaini1314',
  'woaini5201314',
  '5201314520',
  'kepu123456',
  'kepu1234567',
]);

/** What the rules need besides the password: whose it is, and whether this database holds the demo data. */
export interface PasswordSubject {
  username: string;
  /** True on a database started with the demo data; the demo passwords are refused otherwise. */
  demoData: boolean;
}

/** The first rule `password` breaks, as an issue at `path`; null when it meets them all. */
export function passwordIssue(path: string, password: string, subject: PasswordSubject): FieldIssue | null {
  const lower = password.toLowerCase();
  const username = subject.username.trim().toLowerCase();
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return issue(path, 'password.too_short', `a password has at least ${PASSWORD_MIN_LENGTH} characters`, {
      minimum: PASSWORD_MIN_LENGTH,
    });
  if (username.length >= 3 && lower.includes(username))
    return issue(path, 'password.contains_username', 'a password must not contain the username', {
      username: subject.username,
    });
  // one character, or a short group of characters, repeated: aaaaaaaaaa, 1212121212, abcabcabcabc
  if (/^(.{1,3})\1+$/su.test(password))
    return issue(path, 'password.repeated', 'a password must not be one character or short group repeated');
  if (COMMON_PASSWORDS.has(lower))
    return issue(path, 'password.common', 'this password is among the most common ones; choose another');
  if (!subject.demoData && DEMO_PASSWORDS.includes(password))
    return issue(path, 'password.demo', "this is a demo account's published password; choose another");
  return null;
}

/** Throws a 400 naming `path` and the rule when `password` breaks one. */
export function checkPassword(path: string, password: string, subject: PasswordSubject): void {
  const found = passwordIssue(path, password, subject);
  if (found) throw invalid([found]);
}
