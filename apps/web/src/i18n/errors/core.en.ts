// English text of the same codes as core.zh-CN.ts (same keys, checked by type).
import type { errorsCoreZhCN } from './core.zh-CN.ts';

export const errorsCoreEn: Record<keyof typeof errorsCoreZhCN, string> = {
  'plan.unconfirmed_units':
    'Some new units are not confirmed: confirm each is new, or choose the existing unit it is.',
  'plan.unit_map_unknown': 'The existing unit chosen does not exist.',
  'plan.outline.bad_docx': 'This is not a valid Word (.docx) document.',
  'plan.outline.too_large': 'The file is too large.',
  'plan.outline.binary': 'This is not a text file.',
  'plan.outline.nul_byte': 'The file holds a NUL character: it is not a text file.',
  'plan.outline.unknown_encoding':
    'The text encoding cannot be told; save the file as UTF-8 and import it again.',
  'plan.outline.ambiguous_encoding':
    'The file reads in two encodings alike; save it as UTF-8 and import it again.',
  'plan.outline.bad_encoding': 'The encoding mark at the start of the file does not match its content.',
  'plan.outline.zip_not_docx': 'This is a zip archive; a Word document’s name ends in .docx.',
  'request.fst_err_ctp_invalid_media_type': 'Unsupported content type; send JSON.',
  'request.fst_err_ctp_invalid_json_body': 'The request body is not valid JSON.',
  'request.fst_err_ctp_empty_json_body': 'The request body is empty but says it is JSON.',
  'request.fst_err_ctp_invalid_content_length': "The request body's length does not match its header.",
  'request.fst_err_bad_url': 'The URL is malformed.',
  'request.fst_err_invalid_url': 'The URL is invalid.',
  'request.nul_character': 'Must not contain the NUL character (U+0000).',
  'audit.dates_reversed': 'The end date is before the start date.',
  'user.username_format': 'Use 3–32 lower-case letters, digits, _ . or -.',
  'user.liaison_needs_unit': 'A unit liaison needs a unit.',
  'user.district_needs_area': 'A district admin needs an area.',
  'user.no_such_unit': 'There is no unit {{unitId}}.',
  'user.no_such_area': 'There is no area {{areaCode}}.',
  'user.unit_not_for_role': 'Only a unit liaison has a unit: clear the unit, or make the role unit liaison.',
  'user.area_not_for_role':
    'Only a district admin has an area: clear the area, or make the role district admin.',
  'password.too_short': 'A password has at least {{minimum}} characters.',
  'password.contains_username': 'A password must not contain the username.',
  'password.repeated':
    'A password must not be one character or a short group repeated (such as aaaaaaaaaa or 1212121212).',
  'password.common': 'This is one of the most common passwords and easy to guess; choose another.',
  'password.demo':
    "This is a demo account's published password and cannot be used on a real database; choose another.",
  'password.unchanged': 'The new password is the same as the current one.',
  'auth.wrong_password': 'This is not your current password.',
  'unit.phone_format': 'A phone number has 5–20 digits, spaces, +, - or brackets.',
  'plan.outline.json_syntax': 'JSON syntax error: {{reason}}.',
  'plan.outline.yaml_syntax': 'YAML syntax error: {{reason}}.',
  'plan.outline.empty': 'The file is empty.',
  'plan.outline.no_title':
    'No title found: expected a line such as 某市全民科学素质行动规划纲要 followed by (2021—2035年).',
  'plan.outline.no_sections': 'No sections found: expected headings such as 一、发展基础.',
  'plan.outline.no_jurisdiction_code': 'No GB/T 2260 code for "{{name}}": pass jurisdictionCode.',
  'plan.outline.no_period': 'The title names no period such as (2021—2035年).',
  'plan.outline.jurisdiction_code_format': 'A GB/T 2260 code has six digits.',
  'plan.outline.date_format': 'Dates are written YYYY-MM-DD.',
  'plan.outline.no_such_date': 'No such date.',
  'plan.outline.section_number_repeated': 'Section number {{number}} appears twice.',
  'plan.outline.task_number_repeated': 'Task number {{number}} appears twice.',
  'plan.outline.task_not_in_tasks': 'Task {{task}} is not in tasks.',
  'plan.outline.task_in_two_groups': 'Task {{task}} is already in groups[{{group}}].',
  'plan.outline.task_in_no_group': "Task {{task}} is in no group's taskNumbers.",
  'plan.outline.unit_repeated': 'Unit "{{unit}}" is listed twice.',
  'plan.outline.group_repeated': '{{kind}} {{number}} is already groups[{{group}}].',
  'plan.outline.period_reversed': 'The period ends ({{end}}) before it starts ({{start}}).',
};
