// Roles and the actor (who is acting) as use-cases and policies see them.
import { z } from 'zod';

export const roles = ['office', 'liaison', 'district', 'viewer'] as const;
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
