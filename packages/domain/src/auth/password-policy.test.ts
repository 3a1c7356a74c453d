// The password policy: each rule by its code, in the order a person fixes them (length first).
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, passwordIssue } from './password-policy.ts';

const real = { username: 'wang.li', demoData: false };
const codeOf = (password: string, subject = real) =>
  passwordIssue('password', password, subject)?.code ?? null;

describe('password policy', () => {
  it('needs at least 10 characters, counted as characters, not bytes', () => {
    expect(codeOf('abc-12345')).toBe('password.too_short');
    expect(codeOf('科普平台密码不好')).toBe('password.too_short');
    expect(codeOf('科普平台的密码要够长才行')).toBeNull();
    expect(passwordIssue('next', 'short', real)).toMatchObject({ path: 'next', params: { minimum: 10 } });
  });
  it('refuses the username inside the password, in any case', () => {
    expect(codeOf('Wang.Li-2031-pw')).toBe('password.contains_username');
    expect(codeOf('wang.li-2031')).toBe('password.contains_username');
  });
  it('refuses one character or a short group repeated', () => {
    for (const p of ['aaaaaaaaaa', '1111111111111', 'abababababab', 'abcabcabcabc', '..........'])
      expect(codeOf(p), p).toBe('password.repeated');
    expect(codeOf('abcabcabcabx')).toBeNull();
  });
  it('refuses the most common passwords in any case', () => {
    for (const p of ['12345678901', 'password123', 'PASSWORD123', 'qwertyuiop', '1q2w3e4r5t'])
      expect(codeOf(p), p).toBe('password.common');
  });
  it('refuses the demo passwords only on a database without the demo data', () => {
    for (const p of DEMO_PASSWORDS) {
      expect(codeOf(p), p).toBe('password.demo');
      expect(codeOf(p, { ...real, demoData: true }), p).toBeNull();
    }
  });
  it('accepts a long, unremarkable password', () => {
    expect(codeOf('steady-harbour-41')).toBeNull();
  });
});
