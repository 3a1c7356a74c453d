// The shape every capability shares: context, clock, audit, field errors, area scope.
export { assertTimeZone, type Clock, DEFAULT_TIME_ZONE, dateIn, zonedClock } from './clock.ts';
export type { AuditEntry, AuditSink, UseCaseContext } from './context.ts';
export { type FieldIssue, fieldError, invalid, issue, listed, MAX_LISTED_ISSUES } from './field-error.ts';
export { patchSchema } from './patch.ts';
export { formatPath } from './path.ts';
export { type AreaScope, inSubtree } from './scope.ts';
