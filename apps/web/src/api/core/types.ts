// Shapes of the JSON the Kepu API answers with (docs/API.md), all from @kepu/domain as types only (a value import
// would bundle domain code), under the names the web app uses.
import type {
  Abilities,
  AccountRecord,
  AreaTreeNode,
  AuditItem,
  AuditPage,
  AuditQuery,
  CurrentUser,
  DutyRole,
  GroupKind,
  GroupView,
  NewUserBody,
  PasswordChange,
  PlanDetail,
  ResponsibilityMatrix,
  Role,
  SignedIn,
  StorableTarget,
  TaskView,
  TrajectoryPoint,
  UnitAreaRef,
  UnitListItem,
  UnitPage,
  UnitPatchInput,
  UnitRef,
  UserListItem,
  UserPatchInput,
  UserRecord,
} from '@kepu/domain';

export type {
  Abilities,
  AuditPage,
  AuditQuery,
  GroupKind,
  PlanDetail,
  Role,
  TrajectoryPoint,
  UnitAreaRef,
  UnitRef,
};
export type TaskRole = DutyRole;
export type Group = GroupView;
export type Target = StorableTarget;
/** A target with a number (the chart draws these; a qualitative goal has none). */
export type NumericTarget = Target & { value: number };
export type Task = TaskView;
export type Matrix = ResponsibilityMatrix;
/** GET /auth/me (`user` is null when the account was removed during the session); POST /auth/login: `SignedIn`. */
export type Session = CurrentUser;
export type { SignedIn, UserRecord };
/** An account as GET /users lists it, with its state (disabled, locked, must change its password). */
export type User = UserListItem;
/** The body of POST /users (the schema's input: unitId and areaCode may be left out). */
export type NewUser = NewUserBody;
/** An account with its sign-in state, as the office's changes to it answer. */
export type Account = AccountRecord;
/** The body of PATCH /users/:id: the fields to change. */
export type UserPatch = UserPatchInput;
/** The body of POST /auth/password. */
export type { PasswordChange };
/** The body of PATCH …/units/:id; the schema's parsed type, the same as its input (no defaults; trim keeps a string). */
export type UnitContact = UnitPatchInput;
export type UnitSummary = UnitListItem;
export type UnitDetail = UnitPage;
export type Area = AreaTreeNode;
export type AuditEntry = AuditItem;

/** True when an ability list (`'all'` or ids) covers `id`. */
export function allows<T>(list: T[] | 'all', id: T): boolean {
  return list === 'all' || list.includes(id);
}
