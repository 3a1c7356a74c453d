// Minimal RFC 4180 CSV: quote when needed on the way out; quoted fields, doubled quotes and CRLF on the way in.
// Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) goes out behind an apostrophe, and comes back
// without it, so an export opened in Excel runs nothing and still imports unchanged.

const FORMULA = /^'*[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as written: text that would start a formula gets one more leading apostrophe (numbers stay numbers). */
export function neutraliseFormula(s: string): string {
  return FORMULA.test(s) && !NUMBER.test(s) ? `'${s}` : s;
}

/** The inverse of neutraliseFormula. */
export function restoreFormula(s: string): string {
  return s.startsWith("'") && FORMULA.test(s) && !NUMBER.test(s.slice(1)) ? s.slice(1) : s;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : typeof v === 'number' ? String(v) : neutraliseFormula(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The records of a CSV text with the row a spreadsheet shows each on (the header is row 1; a blank line is a row of its
 *  own, a quoted line break is not), blank records left out. */
export function parseCsvRows(text: string): { row: number; cells: string[] }[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(restoreFormula(field));
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(restoreFormula(field));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(restoreFormula(field));
    rows.push(row);
  }
  return rows.map((cells, k) => ({ row: k + 1, cells })).filter((r) => r.cells.some((c) => c !== ''));
}

export function parseCsv(text: string): string[][] {
  return parseCsvRows(text).map((r) => r.cells);
}
