// `kepu plan import` and `kepu plan export`, the work: loaded only when a command runs.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  type AnyOutline,
  commitOutlineImport,
  describeIssue,
  isDomainError,
  type OutlineIssue,
  type OutlinePreview,
  outlineSourceKind,
  outlineUnitNames,
  previewOutlineBytes,
  resolvePlan,
  serializeOutline,
  suggestUnits,
  toOutline,
  toStorable,
  type UnitSuggestion,
} from '@kepu/domain';
import { cliReadContext, inCliUseCase } from './cli-context.ts';
import { openDatabase } from './database.ts';
import { fail } from './options.ts';

export interface ExportOptions {
  plan?: string;
  jurisdiction: string;
  format: string;
  out?: string;
  dataDir: string;
}
export interface ImportOptions {
  dataDir: string;
  jurisdiction?: string;
  dryRun?: boolean;
  errors?: string;
  map?: string[];
  newUnit?: string[];
  acceptNewUnits?: boolean;
}

function describe(e: unknown): string {
  if (isDomainError(e)) return e.message;
  return e instanceof Error ? e.message : String(e); // never a stack trace
}

/** Every problem, one line each (not the first five), and to --errors as JSON when asked. */
function refuse(
  file: string,
  preview: Pick<OutlinePreview, 'encoding'>,
  issues: OutlineIssue[],
  errorsFile?: string,
): never {
  if (errorsFile)
    writeFileSync(
      errorsFile,
      `${JSON.stringify({ file, encoding: preview.encoding ?? null, issues }, null, 2)}\n`,
    );
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.map((i) => `  - ${describeIssue(i)}`).join('\n');
  fail(`${file}: ${count}${errorsFile ? ` (also written to ${errorsFile})` : ''}\n${lines}`);
}

function unitLines(units: UnitSuggestion[]): string {
  return units
    .map(
      (u) => `  - ${u.name}${u.closest.length ? `  closest: ${u.closest.join('、')}` : '  (nothing close)'}`,
    )
    .join('\n');
}

function parseMap(pairs: string[] = []): Record<string, string> {
  const map: Record<string, string> = {};
  for (const p of pairs) {
    const [from, to, ...rest] = p.split('=');
    if (!from || !to || rest.length) fail(`--map: write FROM=TO, e.g. --map 市教肓局=市教育局 (got "${p}")`);
    map[from.trim()] = to.trim();
  }
  return map;
}

export async function importOutlineCommand(file: string, opts: ImportOptions): Promise<void> {
  if (opts.jurisdiction !== undefined && !/^\d{6}$/.test(opts.jurisdiction))
    fail(`--jurisdiction: a GB/T 2260 code has six digits, not "${opts.jurisdiction}"`);
  const unitMap = parseMap(opts.map);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    fail(`cannot read ${file}`);
  }
  let preview: OutlinePreview;
  try {
    // the .docx reader is the server's (the zip library); other files need nothing more than the domain
    preview =
      outlineSourceKind(file) === 'docx'
        ? await (await import('@kepu/server')).previewOutlineUpload(file, bytes, {
            jurisdictionCode: opts.jurisdiction,
          })
        : previewOutlineBytes(file, bytes, { jurisdictionCode: opts.jurisdiction });
  } catch (e) {
    fail(`${file}: ${describe(e)}`);
  }
  const outline = preview.outline;
  const code = opts.jurisdiction ?? outline?.jurisdiction.code ?? '';
  const issues = [...preview.issues];
  if (
    outline &&
    opts.jurisdiction &&
    outline.jurisdiction.code !== opts.jurisdiction &&
    preview.kind !== 'text' &&
    preview.kind !== 'docx'
  )
    issues.push({
      path: 'jurisdiction.code',
      code: 'plan.outline.jurisdiction_mismatch',
      params: {},
      message: `the file is the outline of ${outline.jurisdiction.code}, not of --jurisdiction ${opts.jurisdiction}`,
    });
  if (issues.length || !outline) refuse(file, preview, issues, opts.errors);
  const encoding = preview.encoding ? `, ${preview.encoding}` : '';
  const h = await openDatabase(opts);
  try {
    const existing = await cliReadContext(h.db).stores.plans.unitNames(code);
    const newUnits = existing.length
      ? suggestUnits(outlineUnitNames(outline), existing).filter((u) => !(u.name in unitMap))
      : [];
    const tasks = toStorable(outline).taskOrder.length;
    console.log(
      `read ${file} (${preview.kind}${encoding}): ${outline.title}, ${outline.groups.length} groups, ${tasks} tasks, ${outline.targets.length} targets`,
    );
    if (newUnits.length) console.log(`new units (${newUnits.length}):\n${unitLines(newUnits)}`);
    if (opts.dryRun) {
      console.log('dry run: nothing stored');
      return;
    }
    const confirmed = opts.acceptNewUnits ? newUnits.map((u) => u.name) : (opts.newUnit ?? []);
    const id = await inCliUseCase(h.db, (ctx) =>
      commitOutlineImport(ctx, { outline: outline as AnyOutline, unitMap, newUnits: confirmed }),
    );
    console.log(`imported ${outline.title}: plan ${id}, ${outline.groups.length} groups, ${tasks} tasks`);
  } catch (e) {
    if (isDomainError(e) && e.code === 'plan.unconfirmed_units') {
      const units = (e.details as { units: UnitSuggestion[] }).units;
      fail(
        `${file}: ${units.length} new unit names to confirm or map; nothing stored\n${unitLines(units)}\nmap a name to an existing unit with --map NAME=EXISTING, confirm one with --new-unit NAME, or all with --accept-new-units`,
      );
    }
    if (isDomainError(e) && e.code === 'plan.invalid_outline')
      refuse(file, preview, (e.details as { issues: OutlineIssue[] }).issues, opts.errors);
    fail(`${file}: ${describe(e)}`);
  } finally {
    await h.close();
  }
}

export async function exportOutlineCommand(o: ExportOptions): Promise<void> {
  if (o.format !== 'json' && o.format !== 'yaml') fail(`--format: use json or yaml, not ${o.format}`);
  const ref = o.plan === undefined ? 'current' : Number(o.plan);
  if (ref !== 'current' && !(Number.isInteger(ref) && ref > 0)) fail(`--plan: ${o.plan} is not a plan id`);
  if (ref === 'current' && !/^\d{6}$/.test(o.jurisdiction))
    fail(`--jurisdiction: a GB/T 2260 code has six digits, not "${o.jurisdiction}"`);
  const h = await openDatabase(o);
  try {
    const bundle = await resolvePlan(cliReadContext(h.db), ref, o.jurisdiction);
    // `current` falls back to another jurisdiction's plan for the web app; an export names whose plan it writes
    if (ref === 'current' && bundle.plan.jurisdictionCode !== o.jurisdiction)
      fail(`no plan for jurisdiction ${o.jurisdiction}`);
    const text = serializeOutline(toOutline(bundle), o.format as 'json' | 'yaml');
    if (o.out) writeFileSync(o.out, text);
    else process.stdout.write(text);
  } catch (e) {
    fail(describe(e));
  } finally {
    await h.close();
  }
}
