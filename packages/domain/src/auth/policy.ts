// Who may do what: each permission is the roles that may hold it and, where it has one, the scope rule over a resource.
import { forbidden } from '../errors.ts';
import { type AreaScope, coversJurisdiction, inSubtree } from '../kernel/scope.ts';
import type { Actor, Role } from './roles.ts';

export type { AreaScope };

interface Rule {
  roles: readonly Role[];
  // biome-ignore lint/suspicious/noExplicitAny: each rule names its own resource arguments
  scope?: (a: Actor, ...resource: any[]) => boolean;
}
const rule = <R extends Rule>(r: R) => r;
const office = (a: Actor) => a.role === 'office';
const ownUnit = (a: Actor, unitId: number) => office(a) || (a.role === 'liaison' && a.unitId === unitId);
const ownArea = (a: Actor, area: AreaScope) =>
  office(a) || (a.role === 'district' && inSubtree(area, a.areaCode));

/** The jurisdiction (GB/T 2260 code) is the account's own or lies below it; an actor without one is not limited. */
const ownJurisdiction = (a: Actor, code: string) =>
  a.jurisdictionCode == null || coversJurisdiction(a.jurisdictionCode, code);

export const permissions = {
  /** work in a jurisdiction (choose it, read its pages): the account's own and every one below it */
  'jur.read': rule({
    roles: ['office', 'liaison', 'district', 'viewer', 'analyst', 'interviewer'],
    scope: ownJurisdiction,
  }),
  /** the cascade page and export: a jurisdiction's plan beside those of the jurisdictions below it */
  'jur.cascade': rule({ roles: ['office', 'viewer'], scope: ownJurisdiction }),
  /** say which plan a plan implements (the plan of the jurisdiction above) */
  'jur.link': rule({ roles: ['office'], scope: ownJurisdiction }),
  'plan.import': rule({ roles: ['office'] }),
  'audit.read': rule({ roles: ['office'] }),
  'users.create': rule({ roles: ['office'] }),
  /** edit an account, disable and enable it, reset its password, unlock it */
  'users.manage': rule({ roles: ['office'] }),
  'users.read': rule({ roles: ['office', 'district'] }),
  /** every account, not only those in the reader's area */
  'users.read.all': rule({ roles: ['office'] }),
  'unit.edit': rule({ roles: ['office', 'liaison'], scope: ownUnit }),
  'unit.contact.read': rule({ roles: ['office', 'liaison'], scope: ownUnit }),
  'area.edit': rule({ roles: ['office', 'district'], scope: ownArea }),
  'ind.admin': rule({ roles: ['office'] }),
  // indicators: a reporting unit's yearly report ({ orgUnitId, area }), the data sets exchanged by codes, schools
  'ind.file': rule({
    roles: ['office', 'liaison'],
    scope: (a: Actor, u: { orgUnitId: number | null }): boolean =>
      office(a) || (a.role === 'liaison' && a.unitId !== null && a.unitId === u.orgUnitId),
  }),
  'ind.review': rule({
    roles: ['office', 'district'],
    scope: (a: Actor, u: { area: AreaScope }): boolean => ownArea(a, u.area),
  }),
  'ind.accept': rule({ roles: ['office'] }),
  /** aggregates that count figures not yet accepted (in review, drafts): other units' unpublished figures */
  'ind.figures.unaccepted': rule({ roles: ['office'] }),
  // the level above the lock-holder: the office, or a district taking back its own approval before acceptance
  'ind.unlock': rule({
    roles: ['office', 'district'],
    scope: (a: Actor, u: { area: AreaScope }, state: string): boolean =>
      office(a) || (state === 'approved' && ownArea(a, u.area)),
  }),
  'ind.read': rule({
    roles: ['office', 'liaison', 'district', 'viewer'],
    scope: (a: Actor, u: { orgUnitId: number | null; area: AreaScope }): boolean =>
      office(a) ||
      a.role === 'viewer' ||
      (a.role === 'liaison' && a.unitId !== null && a.unitId === u.orgUnitId) ||
      ownArea(a, u.area),
  }),
  // the schools registry: the office, or the liaison of an education bureau (the name of the liaison's own unit)
  'ind.schools': rule({
    roles: ['office', 'liaison'],
    scope: (a: Actor, ownUnitName: string | null): boolean =>
      office(a) || (a.role === 'liaison' && !!ownUnitName && /教育局$/.test(ownUnitName)),
  }),
  // data sets by codes: the office and viewers export every set, a district the populations, the schools' keeper
  // the schools; the office imports every set, a district its own areas' populations, the schools' keeper the schools
  'ind.export': rule({
    roles: ['office', 'viewer', 'district', 'liaison'],
    scope: (a: Actor, set: string, ownUnitName: string | null): boolean =>
      office(a) ||
      a.role === 'viewer' ||
      (a.role === 'district' && set === 'populations') ||
      (set === 'schools' && a.role === 'liaison' && !!ownUnitName && /教育局$/.test(ownUnitName)),
  }),
  'ind.import': rule({
    roles: ['office', 'district', 'liaison'],
    scope: (a: Actor, set: string, ownUnitName: string | null, area?: AreaScope): boolean =>
      office(a) ||
      (a.role === 'district' && set === 'populations' && (!area || inSubtree(area, a.areaCode))) ||
      (set === 'schools' && a.role === 'liaison' && !!ownUnitName && /教育局$/.test(ownUnitName)),
  }),
  // accountability: scope on tasks (lead units) is checked in accountability/acc.scope.ts
  'acc.manage': rule({ roles: ['office'] }),
  'acc.board.read': rule({ roles: ['office', 'viewer', 'district'] }),
  'acc.file': rule({ roles: ['office', 'liaison'], scope: ownUnit }),
  /** the 督查 home: a liaison's unit work, the office's review queue */
  'acc.my': rule({ roles: ['office', 'liaison'] }),
  /** a unit's notifications: whoever acts for a unit */
  'acc.notifications': rule({
    roles: ['office', 'liaison', 'district', 'viewer'],
    scope: (a: Actor) => a.unitId !== null,
  }),
  /** review (accept, return): the office, or a lead unit of the task but not for its own report */
  'acc.review': rule({
    roles: ['office', 'liaison'],
    scope: (a: Actor, leadUnitIds: readonly number[], reportUnitId: number) =>
      office(a) || (a.unitId !== null && leadUnitIds.includes(a.unitId) && a.unitId !== reportUnitId),
  }),
  /** a task's work items: the office, or a lead unit of the task */
  'acc.work_items.edit': rule({
    roles: ['office', 'liaison'],
    scope: (a: Actor, leadUnitIds: readonly number[]) =>
      office(a) || (a.unitId !== null && leadUnitIds.includes(a.unitId)),
  }),
  /** a unit's report on a task: office and viewers; the unit and the task's lead units; a district admin's area */
  'acc.report.read': rule({
    roles: ['office', 'viewer', 'liaison', 'district'],
    scope: (a: Actor, unitId: number, leadUnitIds: readonly number[], unitArea: AreaScope | undefined) =>
      office(a) ||
      a.role === 'viewer' ||
      (a.role === 'liaison' &&
        a.unitId !== null &&
        (a.unitId === unitId || leadUnitIds.includes(a.unitId))) ||
      (a.role === 'district' && inSubtree(unitArea, a.areaCode)),
  }),
  /** a progress report still in draft: its own unit and the office only (others see the cell as not yet reported) */
  'acc.draft.read': rule({ roles: ['office', 'liaison'], scope: ownUnit }),
  /** board, scorecards and summary of every unit (a district admin's are limited to its area) */
  'acc.board.all': rule({ roles: ['office', 'viewer'] }),
  'acc.board.area': rule({
    roles: ['district'],
    scope: (a: Actor, unitArea: AreaScope | undefined) => inSubtree(unitArea, a.areaCode),
  }),
  /** every unit's rectification items; a district admin sees its area's units' (acc.board.area), a liaison its own */
  'acc.rectifications.all': rule({ roles: ['office', 'viewer'] }),
  // survey (issue 11): the office manages instruments, surveys, designs and fieldwork; the analyst (and the office)
  // reads responses, reviews quality flags, imports, weights, estimates and publishes; an interviewer enters responses
  // in the PSUs assigned to it (the office in any); a respondent needs no account, only an invitation token
  'survey.manage': rule({ roles: ['office'] }),
  'survey.analyse': rule({ roles: ['office', 'analyst'] }),
  /** the surveys list and a survey's set-up: whoever works on a survey */
  'survey.read': rule({ roles: ['office', 'analyst', 'interviewer'] }),
  // publication (issue 14): the office previews a year and publishes it to the public portal and open data
  'publication.manage': rule({ roles: ['office'] }),
  'survey.interview': rule({
    roles: ['office', 'interviewer'],
    scope: (a: Actor, assignedUserIds: readonly number[]): boolean =>
      office(a) || assignedUserIds.includes(a.userId),
  }),
  // public services (issue 15): an activity ({ organiserUnitId, area }) is filed by its organising unit's liaison, a
  // district admin in its area or the office; reviewed (approved, summary accepted) by the district or the office;
  // staff of the organiser check tickets in; a citizen registers with no account
  'svc.campaigns': rule({ roles: ['office'] }),
  'svc.file': rule({
    roles: ['office', 'liaison', 'district'],
    scope: (a: Actor, x: { organiserUnitId: number | null; area: AreaScope }): boolean =>
      office(a) ||
      (a.role === 'liaison' && a.unitId !== null && a.unitId === x.organiserUnitId) ||
      ownArea(a, x.area),
  }),
  'svc.review': rule({
    roles: ['office', 'district'],
    scope: (a: Actor, x: { area: AreaScope }): boolean => ownArea(a, x.area),
  }),
  'svc.checkin': rule({
    roles: ['office', 'liaison', 'district'],
    scope: (a: Actor, x: { organiserUnitId: number | null; area: AreaScope }): boolean =>
      office(a) ||
      (a.role === 'liaison' && a.unitId !== null && a.unitId === x.organiserUnitId) ||
      ownArea(a, x.area),
  }),
  /** the ledger's figures (activities held, participants by group, per 10,000 residents, by district) */
  'svc.ledger.read': rule({ roles: ['office', 'viewer', 'district', 'liaison'] }),
  /** voiding a ledger entry with a reason (never a delete) */
  'svc.ledger.void': rule({ roles: ['office'] }),
  /** the venue registry, accreditation and slots */
  'svc.venues': rule({ roles: ['office'] }),
  /** a venue's door check-ins and group visits */
  // volunteers (issue 16): teams, opportunities, check-in and hours, certificates: the office, or a district admin for
  // the teams in its area; a volunteer needs no account, only the key given at registration
  'vol.manage': rule({
    roles: ['office', 'district'],
    scope: (a: Actor, x: { area: AreaScope }): boolean => ownArea(a, x.area),
  }),
  'vol.read': rule({ roles: ['office', 'district', 'viewer'] }),
  /** the star levels' hours */
  'vol.settings': rule({ roles: ['office'] }),
  // experts (issue 16): the office keeps the pools and every expert, a district admin the experts serving an area in
  // its own (any of their areas served); viewers and unit liaisons read the directory (phones masked)
  'exp.read': rule({ roles: ['office', 'district', 'viewer', 'liaison'] }),
  'exp.manage': rule({
    roles: ['office', 'district'],
    scope: (a: Actor, areas: readonly AreaScope[]): boolean =>
      office(a) || (a.role === 'district' && areas.some((x) => inSubtree(x, a.areaCode))),
  }),
  'exp.pools': rule({ roles: ['office'] }),
  'svc.visits': rule({
    roles: ['office', 'liaison'],
    scope: (a: Actor, hostUnitId: number | null) => ownUnit(a, hostUnitId ?? -1),
  }),
  // commendations (issue 16): the office runs a round (thresholds, review, decision, publication); a district admin
  // nominates in its area, a unit's liaison for its unit (its venues, free entries), the office anywhere
  'cmd.read': rule({ roles: ['office', 'district', 'liaison', 'viewer'] }),
  'cmd.nominate': rule({
    roles: ['office', 'district', 'liaison'],
    scope: (a: Actor, x: { area?: AreaScope | null; unitId?: number | null }): boolean =>
      office(a) ||
      (a.role === 'district' && inSubtree(x.area, a.areaCode)) ||
      (a.role === 'liaison' && a.unitId !== null && a.unitId === x.unitId),
  }),
  'cmd.manage': rule({ roles: ['office'] }),
  // quizzes and contests (issue 17): the office keeps the item bank and the contests and reviews flags; the figures
  // are read as the ledger's are
  'contest.manage': rule({ roles: ['office'] }),
  'contest.read': rule({ roles: ['office', 'viewer', 'district'] }),
  // science content (issue 17): a unit's liaison writes its unit's works (the office any); the office sends them to
  // review, publishes and withdraws, and signs off an emergency publication; experts review by a key, no account
  'cnt.read': rule({ roles: ['office', 'liaison', 'district', 'viewer'] }),
  'cnt.edit': rule({
    roles: ['office', 'liaison'],
    scope: (a: Actor, unitId: number | null): boolean => office(a) || (unitId !== null && ownUnit(a, unitId)),
  }),
  'cnt.review': rule({ roles: ['office'] }),
  'cnt.emergency': rule({ roles: ['office'] }),
  // training records (issue 16): a course ({ organiserUnitId, area }) is recorded by its organising unit's liaison, a
  // district admin in its area or the office; read by them and by viewers; the office purges trainees' names
  'trn.file': rule({
    roles: ['office', 'liaison', 'district'],
    scope: (a: Actor, x: { organiserUnitId: number | null; area: AreaScope }): boolean =>
      office(a) ||
      (a.role === 'liaison' && a.unitId !== null && a.unitId === x.organiserUnitId) ||
      ownArea(a, x.area),
  }),
  'trn.read': rule({
    roles: ['office', 'liaison', 'district', 'viewer'],
    scope: (a: Actor, x: { organiserUnitId: number | null; area: AreaScope }): boolean =>
      office(a) ||
      a.role === 'viewer' ||
      (a.role === 'liaison' && a.unitId !== null && a.unitId === x.organiserUnitId) ||
      ownArea(a, x.area),
  }),
  'trn.settings': rule({ roles: ['office'] }),
} as const;

export type Permission = keyof typeof permissions;

type Args<P extends Permission> = (typeof permissions)[P] extends {
  scope: (a: Actor, ...rest: infer R) => boolean;
}
  ? R
  : [];

/**
 * How a permission was checked: `authorize` refuses the request when it fails; `can` only asks, and the caller
 * decides (show less, or refuse).
 */
export type AuthorizationCheck = 'authorize' | 'can';
/** Sees every permission a use-case checks (the route-walk test uses it to compare with what routes declare). */
export type AuthorizationObserver = (permission: Permission, check: AuthorizationCheck) => void;
let observer: AuthorizationObserver | null = null;
export function observeAuthorization(fn: AuthorizationObserver | null): void {
  observer = fn;
}

/** Whether the actor's role may hold the permission at all (what a route declares and checks before validation). */
export function roleMay(actor: Actor | null, permission: Permission): boolean {
  return !!actor && (permissions[permission].roles as readonly Role[]).includes(actor.role);
}

function allowed<P extends Permission>(actor: Actor | null, permission: P, args: Args<P>): boolean {
  if (!actor || !roleMay(actor, permission)) return false;
  const scope = (permissions[permission] as Rule).scope;
  return !scope || scope(actor, ...args);
}

export function can<P extends Permission>(actor: Actor | null, permission: P, ...args: Args<P>): boolean {
  observer?.(permission, 'can');
  return allowed(actor, permission, args);
}

export function authorize<P extends Permission>(actor: Actor | null, permission: P, ...args: Args<P>): void {
  observer?.(permission, 'authorize');
  if (!allowed(actor, permission, args)) throw forbidden(`not allowed: ${permission}`, { permission });
}

/** What the web app needs to hide or disable actions, computed from the same rules. */
export function abilities(actor: Actor) {
  const units = (p: 'unit.edit' | 'acc.file') =>
    office(actor) ? ('all' as const) : roleMay(actor, p) && actor.unitId ? [actor.unitId] : [];
  const areas = (p: 'area.edit') =>
    office(actor) ? ('all' as const) : roleMay(actor, p) && actor.areaCode ? [actor.areaCode] : [];
  return {
    'plan.import': can(actor, 'plan.import'),
    /** the cascade page (its link shows where the chosen jurisdiction has jurisdictions below it) */
    'jur.cascade': roleMay(actor, 'jur.cascade'),
    'audit.read': can(actor, 'audit.read'),
    'users.read': can(actor, 'users.read'),
    'users.create': can(actor, 'users.create'),
    'users.manage': can(actor, 'users.manage'),
    'unit.edit': units('unit.edit'),
    'area.edit': areas('area.edit'),
    'ind.admin': can(actor, 'ind.admin'),
    'ind.review': areas('area.edit'),
    'ind.figures.unaccepted': can(actor, 'ind.figures.unaccepted'),
    'acc.manage': can(actor, 'acc.manage'),
    'acc.board.read': can(actor, 'acc.board.read'),
    'acc.my': can(actor, 'acc.my'),
    'acc.file': units('acc.file'),
    'publication.manage': can(actor, 'publication.manage'),
    'survey.read': can(actor, 'survey.read'),
    'survey.manage': can(actor, 'survey.manage'),
    'survey.analyse': can(actor, 'survey.analyse'),
    'survey.interview': roleMay(actor, 'survey.interview'),
    'svc.file': roleMay(actor, 'svc.file'),
    'svc.review': roleMay(actor, 'svc.review'),
    'svc.campaigns': can(actor, 'svc.campaigns'),
    'svc.venues': can(actor, 'svc.venues'),
    'svc.ledger.read': can(actor, 'svc.ledger.read'),
    'svc.ledger.void': can(actor, 'svc.ledger.void'),
    /** a venue's bookings and visits: the office, and a liaison for the venues their unit hosts */
    'svc.visits': roleMay(actor, 'svc.visits'),
    'vol.read': roleMay(actor, 'vol.read'),
    'vol.manage': roleMay(actor, 'vol.manage'),
    'vol.settings': can(actor, 'vol.settings'),
    'exp.read': roleMay(actor, 'exp.read'),
    'exp.manage': roleMay(actor, 'exp.manage'),
    'exp.pools': can(actor, 'exp.pools'),
    'cmd.read': roleMay(actor, 'cmd.read'),
    'cmd.nominate': roleMay(actor, 'cmd.nominate'),
    'cmd.manage': can(actor, 'cmd.manage'),
    'contest.manage': can(actor, 'contest.manage'),
    'contest.read': can(actor, 'contest.read'),
    'cnt.read': can(actor, 'cnt.read'),
    'cnt.edit': roleMay(actor, 'cnt.edit'),
    'cnt.review': can(actor, 'cnt.review'),
    'cnt.emergency': can(actor, 'cnt.emergency'),
    'trn.read': roleMay(actor, 'trn.read'),
    'trn.file': roleMay(actor, 'trn.file'),
    'trn.settings': can(actor, 'trn.settings'),
  } as const;
}
export type Abilities = ReturnType<typeof abilities>;
