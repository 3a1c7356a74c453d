// Roles and the actor (who is acting) as use-cases and policies see them.
import { z } from 'zod';

/** analyst: the survey's weighting, estimation and quality review; interviewer: door-to-door entry in assigned PSUs. */
export const roles = ['office', 'liaison', 'district', 'viewer', 'analyst', 'interviewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export interface Actor {
  userId: number;
  username: string;
  role: Role;
  /** The unit a liaison acts for. */
  unitId: number | null;
  /** Root of the area subtree a district admin acts for. */
  areaCode: string | null;
  /**
   * The jurisdiction the account is scoped to: it and every jurisdiction below it (GB/T 2260: a province's cities
   * and counties). The server fills an account without one with its default jurisdiction; absent (the CLI, the demo
   * seed) means not limited.
   */
  jurisdictionCode?: string | null;
}
