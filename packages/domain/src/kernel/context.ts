// The one context every use-case takes: who acts, the clock, the audit sink and the storage ports it needs.
import type { Actor } from '../auth/roles.ts';
import type { AuditAction, AuditEntity } from './audit-codes.ts';
import type { Clock } from './clock.ts';

/** One audit entry: who is taken from the context, so a use-case says only what changed. */
export interface AuditEntry {
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** Who acted, only when the context cannot say: a sign-in (the account signing in, or the name tried). */
  actor?: { id: number | null; username: string };
  /** When it happened, only for history written afterwards (the demo data's); now when absent. */
  at?: string;
}

export interface AuditSink {
  write(e: AuditEntry): Promise<void>;
}

/**
 * `S` is the set of ports a use-case reaches, e.g. `{ ind: IndStore }`; a use-case types its context with only
 * those, and the server passes every capability's stores bound to one transaction.
 */
export interface UseCaseContext<S = unknown> {
  actor: Actor | null;
  clock: Clock;
  audit: AuditSink;
  stores: S;
  /**
   * True on a database started with the public demo data (`kepu serve` without `--no-demo`): the demo accounts'
   * passwords may then be set again. Absent or false elsewhere (the CLI, `--no-demo`), and they are refused.
   */
  demoData?: boolean;
  /**
   * The jurisdiction (GB/T 2260 code) the request works in: the one chosen in the session (or the server's default).
   * Reads default to it (the plan called `current`, the area tree, the indicator pivots' root). Absent outside a
   * request (the CLI names its own).
   */
  jurisdiction?: string;
  /** The server's default jurisdiction (that of accounts scoped to none). */
  defaultJurisdiction?: string;
}
