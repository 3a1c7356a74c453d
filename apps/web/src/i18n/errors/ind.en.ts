// English text of the same codes as ind.zh-CN.ts (same keys, checked by type).
import type { errorsIndZhCN } from './ind.zh-CN.ts';

export const errorsIndEn: Record<keyof typeof errorsIndZhCN, string> = {
  'request.unsupported_media': 'Send the workbook as the request body (content-type xlsx).',
  'ind.admin': 'Only the leading group office may do this.',
  'ind.file': "Only the unit's liaison (or the office) files and submits its report.",
  'ind.review': 'Only the district over the unit, or the office, reviews or sends back.',
  'ind.accept': 'Only the city office accepts a report.',
  'ind.unlock': 'Only the level above unlocks: the office, or a district taking back its own approval.',
  'ind.read': 'This report belongs to another unit or area.',
  'ind.schools': 'Only the office or the education bureau keeps the schools registry.',
  'ind.export': 'You may not export the {{set}} data set.',
  'ind.import':
    "You may not import the {{set}} data set (a district imports only its own areas' populations).",
  'area.edit': 'You may change populations only within your own area.',
  'ind.value.unknown_item': "No item {{item}} on this year's form.",
  'ind.value.retired_item': 'Item {{item}} is retired for this year.',
  'ind.value.bad_option': 'The option of {{item}} must be one of {{options}}.',
  'ind.value.no_breakdown': '{{item}} has no breakdown; leave the option empty.',
  'ind.value.not_a_number': '{{item}}: "{{value}}" is not a number.',
  'ind.value.negative': '{{item}}: must not be negative.',
  'ind.value.not_whole': '{{item}}: must be a whole number.',
  'ind.value.percentage_over_100': '{{item}}: a percentage is at most 100.',
  'ind.value.money_decimals': '{{item}}: money has at most 2 decimals.',
  'ind.value.too_large': '{{item}}: is too large (at most {{maximum}}).',
  'ind.form.unknown_item': 'No item {{item}} on the {{year}} form.',
  'ind.form.unknown_breakdown': 'No breakdown {{breakdown}}.',
  'ind.form.own_parent': 'An item cannot be its own parent ({{item}}).',
  'ind.form.fixed_field':
    "{{item}}'s {{field}} is {{value}}; it cannot change (retire the item, add a new code).",
  'ind.expression.invalid': 'Cannot read "{{text}}" at character {{position}}.',
  'ind.computed.text_item': '{{item}} is a text item, not a number.',
  'ind.computed.code_taken': '{{code}} is already used in {{year}}.',
  'ind.window.due_before_open': 'The due date {{dueOn}} is before the opening date {{opensOn}}.',
  'ind.item.empty': '{{item}} ({{name}}) is not filled in.',
  'ind.rule.explanation_required': 'Rule {{rule}} fails ({{left}} {{op}} {{right}}); explain it.',
  'ind.report.reason_required': 'Say why.',
  'ind.unit.code_taken': 'A reporting unit {{code}} exists.',
  'ind.unit.unknown_plan_unit': 'The plan of this jurisdiction has no unit {{orgUnitId}}.',
  'ind.unit.unknown_plan_unit_name': 'No plan unit named {{planUnit}}.',
  'ind.unit.not_active': 'No active reporting unit {{unitId}}.',
  'ind.area.unknown': 'No area {{areaCode}}.',
  'ind.figure.unknown': 'Unknown figure {{figure}} for {{year}}.',
  'ind.kpi.se_required': 'A survey estimate needs its standard error.',
  'ind.kpi.instrument_required': 'A survey estimate needs the instrument version.',
  'ind.kpi.interval_excludes_estimate':
    'The interval {{ciLow}}–{{ciHigh}} must contain the estimate {{value}}.',
  'ind.kpi.citation_required': 'A published figure needs its citation.',
  'ind.target.baseline_pair': 'Give both the baseline year and value, or neither.',
  'ind.target.unknown': 'No target {{target}}.',
  'ind.target.unknown_year': '{{target}} has no target for {{year}}.',
  'ind.xlsx.not_a_workbook': 'Not an Excel (.xlsx) workbook.',
  'ind.xlsx.no_sheet': 'No sheet named {{sheet}}: use the downloaded template.',
  'ind.xlsx.wrong_unit': 'This workbook is for unit {{actual}}, not {{expected}} ({{sheet}}!{{cell}}).',
  'ind.xlsx.wrong_year': 'This workbook is for {{actual}}, not {{expected}} ({{sheet}}!{{cell}}).',
  'ind.xlsx.duplicate_row': '{{item}} appears twice (rows {{firstRow}} and {{row}}).',
  'ind.xlsx.rule_failed': '{{en}} ({{left}} {{op}} {{right}}), see {{sheet}}!{{cell}}.',
  'ind.csv.bad_header':
    'The header must name the columns {{columns}}; missing {{missing}}; unknown {{unknown}}.',
  'ind.csv.one_year_per_file': 'One year per file; found {{years}}.',
  'ind.json.bad_format': 'The format must be {{expected}}.',
  'ind.json.rows_not_list': 'rows must be a list.',
  'ind.exchange.duplicate_key': '{{key}} is also on row {{firstRow}}.',
  'ind.exchange.unknown_unit': 'No reporting unit {{unit}}.',
  'ind.exchange.year_required': 'The {{set}} data set is per year; say which.',
  'ind.exchange.year_mismatch': 'The file says {{fileYear}}, the request {{requestYear}}.',
  'ind.values.no_report': '{{unit}} has no {{year}} form assigned.',
  'ind.values.report_locked':
    "{{unit}}'s {{year}} report is {{state}} (locked by {{lockedBy}}); unlock it first.",
  'ind.xlsx.too_large':
    'The workbook is too large ({{bytes}} bytes unpacked, at most {{limit}}). Use the downloaded template.',
  'ind.xlsx.too_many_parts':
    'The workbook has an unusual structure ({{entries}} parts, at most {{limit}}). Use the downloaded template.',
  'ind.xlsx.bomb':
    'Part {{part}} of the workbook unpacks to an unreasonable size and was not read. Use the downloaded template.',
  'ind.xlsx.too_many_rows':
    'The sheet has too many rows ({{rows}}; the template has at most {{limit}}). Use the downloaded template without extra rows.',
  'ind.xlsx.too_many_columns':
    'The sheet has too many columns ({{columns}}, at most {{limit}}). Use the downloaded template.',
  'ind.xlsx.too_slow':
    'Reading the workbook took more than {{seconds}} s and was stopped. Use the downloaded template without extra sheets or formatting.',
};
