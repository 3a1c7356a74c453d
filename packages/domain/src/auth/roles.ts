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
}
