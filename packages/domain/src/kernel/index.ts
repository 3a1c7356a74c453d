// The shape every capability shares: context, clock, audit, field errors, area scope.

export {
  type AuditAction,
  type AuditEntity,
  auditActions,
  auditEntities,
  demoAuditActor,
  type ExchangeSetName,
  exchangeSetNames,
} from './audit-codes.ts';
export {
  assertTimeZone,
  type Clock,
  DEFAULT_TIME_ZONE,
  dateIn,
  dayStart,
  localDateTime,
  zonedClock,
  zoneName,
} from './clock.ts';
export type { AuditEntry, AuditSink, UseCaseContext } from './context.ts';
export { type FieldIssue, fieldError, invalid, issue, listed, MAX_LISTED_ISSUES } from './field-error.ts';
export { patchSchema } from './patch.ts';
export { formatPath } from './path.ts';
export { type AreaScope, coversJurisdiction, inSubtree } from './scope.ts';
