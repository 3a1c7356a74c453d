// Server error codes and field issues in the reader's language: `errors.<code>` with the code's params, field names
// from `errorFields`; the server's English sentence only on an English screen and only when no text exists.
import type { FieldIssue } from '@kepu/domain';
import type { CellIssue, ExchangeIssue, Violation, WorkbookIssue } from '@kepu/domain/indicators';
import i18next, { type TFunction } from 'i18next';

/** One problem with one field, cell or row, as the API sends it in `details.issues`: the domain's FieldIssue
 *  (whose English `message` is shown only as a last resort on an English screen), or one without a code yet; a
 *  statistics issue also places itself by the figure's item and option (CellIssue), a workbook's sheet, cell and rule
 *  (WorkbookIssue), or a data exchange file's row and column (ExchangeIssue). */
export type ApiIssue = Partial<FieldIssue> &
  Partial<Pick<CellIssue, 'item' | 'option'>> &
  Partial<Pick<WorkbookIssue, 'sheet' | 'cell' | 'rule'>> &
  Partial<Pick<ExchangeIssue, 'row' | 'column'>>;

/** A rule that failed, as in `details.violations` (text in both languages; read defensively from unknown JSON). */
export type ViolationLike = Pick<Violation, 'rule'> & Partial<Pick<Violation, 'zh' | 'en'>>;

type Params = Record<string, string | number>;
const MISSING = '\u0000';

/** True when the interface is in English: only then may the server's own sentence stand in for missing text. */
export const englishScreen = () => (i18next.resolvedLanguage ?? i18next.language ?? '').startsWith('en');

function lookup(t: TFunction, key: string, params: Params): string | null {
  const text = t(key, { ...params, defaultValue: MISSING });
  return text === MISSING ? null : text;
}

/** Words the server sends as parameters (a type, a format, where a limit applies), in the reader's language. */
function localParams(t: TFunction, params: Params): Params {
  const out: Params = { ...params };
  for (const key of ['expected', 'format', 'origin'] as const) {
    const v = params[key];
    if (typeof v === 'string') out[key] = lookup(t, `error.words.${v}`, {}) ?? v;
  }
  if (typeof params.limit === 'number') out.limitMb = Math.round((params.limit / 1024 / 1024) * 10) / 10;
  return out;
}

/** Where a supervision record's states are named, by the `entity` of an `acc.state_conflict`. */
const accStates: Record<string, string> = {
  report: 'acc.state',
  rectification: 'acc.rectState',
  mail: 'accMail.stateName',
};

/**
 * The text of a code, or null when there is none: the code itself, then its form for the parameter's kind
 * (`zod.too_small` with origin `string` → `zod.too_small_string`), then a family's text (`*.not_found`, `request.*`).
 */
export function codeText(t: TFunction, code: string, params: Params = {}): string | null {
  const p = localParams(t, params);
  // a statistics report's state (accepted …) in the words of the report pages
  if (code.startsWith('ind.') && typeof params.state === 'string')
    p.state = lookup(t, `ind.state.${params.state}`, {}) ?? params.state;
  // a supervision record that refuses an action: its own sentence (errors.report …), its state in its page's words
  const entity = code === 'acc.state_conflict' && typeof params.entity === 'string' ? params.entity : null;
  const states = entity ? accStates[entity] : undefined;
  if (states && typeof params.state === 'string')
    p.state = lookup(t, `${states}.${params.state}`, {}) ?? params.state;
  const origin = typeof params.origin === 'string' ? params.origin : null;
  const candidates = [
    ...(entity ? [entity] : []),
    ...(origin ? [`${code}_${origin}`] : []),
    code,
    ...(code.endsWith('.not_found') ? ['not_found'] : []),
    ...(code.startsWith('request.') ? ['request.invalid'] : []),
  ];
  for (const c of candidates) {
    const text = lookup(t, `errors.${c}`, p);
    if (text !== null) return text;
  }
  return null;
}

/** Parameters of an error from its details: plain values as they are, lists joined, rules and counts named. */
export function detailParams(t: TFunction, details: Record<string, unknown>): Params {
  const params: Params = {};
  const sep = t('error.listSeparator');
  for (const [k, v] of Object.entries(details)) {
    if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
      params[k] = v.join(sep);
  }
  const violations = Array.isArray(details.violations) ? (details.violations as ViolationLike[]) : [];
  const issues = Array.isArray(details.issues) ? details.issues : [];
  if (violations.length) params.rules = violations.map((v) => v.rule).join(sep);
  params.count = typeof details.count === 'number' ? details.count : violations.length || issues.length;
  return params;
}

/** A field's name for a reader: its label when `errorFields` has one (`body.items[0].workItemId` → 工作事项). */
export function fieldLabel(t: TFunction, path: string): string {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
  if (['body', 'query', 'params', 'querystring'].includes(parts[0] ?? '')) parts.shift();
  const named = parts.filter((s) => !/^\d+$/.test(s));
  for (let i = named.length - 1; i >= 0; i--) {
    const label = lookup(t, `errorFields.${named[i]}`, {});
    if (label !== null) return [label, ...named.slice(i + 1)].join(' ');
  }
  return path;
}

/** Where an issue is: a workbook cell, a figure's item, or a field. */
export function issueLabel(t: TFunction, issue: ApiIssue): string {
  if (issue.sheet !== undefined || issue.cell !== undefined)
    return [
      issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : (issue.sheet ?? issue.cell),
      issue.rule,
    ]
      .filter(Boolean)
      .join(' ');
  if (issue.item) return issue.option ? `${issue.item}/${issue.option}` : issue.item;
  return issue.path ? fieldLabel(t, issue.path) : '';
}

/** What is wrong, as a sentence in the reader's language. */
export function issueText(t: TFunction, issue: ApiIssue): string {
  const text = issue.code ? codeText(t, issue.code, issue.params) : null;
  if (text !== null) return text;
  if (englishScreen() && issue.message) return issue.message;
  return t('error.issueInvalid');
}

/** "Where: what" for a list of issues; `label` overrides where (e.g. a file's row and column). */
export function issueLine(t: TFunction, issue: ApiIssue, label = issueLabel(t, issue)): string {
  const text = issueText(t, issue);
  return label ? t('error.issueLine', { field: label, text }) : text;
}

/** A failed rule as "rule: its reason" in the reader's language. */
export function violationLine(t: TFunction, v: ViolationLike): string {
  const text = (englishScreen() ? v.en : v.zh) ?? v.zh ?? v.en ?? '';
  return t('error.issueLine', { field: v.rule, text });
}
