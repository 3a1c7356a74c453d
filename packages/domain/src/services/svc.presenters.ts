// What the services' routes answer: a registration shows its phone masked; the public sees no personal data.
import type { ActivityRecord, RegistrationRecord, SessionRecord } from './svc.records.ts';

const maskPhone = (p: string) => `${p.slice(0, 3)}****${p.slice(-4)}`;

export const presentRegistration = (r: RegistrationRecord) => ({
  id: r.id,
  sessionId: r.sessionId,
  name: r.name,
  phone: maskPhone(r.phone),
  targetGroup: r.targetGroup,
  minors: r.minors,
  status: r.status,
  createdAt: r.createdAt,
  checkedInAt: r.checkedInAt,
});

export const presentSession = (s: SessionRecord) => ({ ...s, left: Math.max(0, s.capacity - s.taken) });

export const presentActivity = (a: ActivityRecord, sessions: SessionRecord[]) => ({
  ...a,
  sessions: sessions.map(presentSession),
});
export type ActivityView = ReturnType<typeof presentActivity>;
export type RegistrationView = ReturnType<typeof presentRegistration>;
