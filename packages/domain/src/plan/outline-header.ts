// The header of an outline document: title, period, document number, issue date and jurisdiction name.
const periodOnly = /^[(\uFF08]\s*(\d{4})\s*[—–\-~～至]+\s*(\d{4})\s*年?\s*[)\uFF09]$/;
const periodInside = /[(\uFF08]\s*(\d{4})\s*[—–\-~～至]+\s*(\d{4})\s*年?\s*[)\uFF09]/;
// kept as written, spaces included: 朝政办字 〔2022〕 31号
const docNumber = /[\u4e00-\u9fff]{1,10}\s*[〔[(（]\s*\d{4}\s*[〕\])）]\s*\d+\s*号/;
const dateLine = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

export interface OutlineHeader {
  title: string;
  /** Index of the first line after the title. */
  bodyStart: number;
  period?: { start: number; end: number };
  documentNumber: string;
  issuedOn?: string;
  jurisdictionName?: string;
}

function findTitle(lines: string[]): { title: string; first: number; next: number } | undefined {
  const p = lines.findIndex((l) => periodOnly.test(l));
  if (p > 0) return { title: lines[p - 1] + lines[p], first: p - 1, next: p + 1 };
  const t = lines.findIndex((l) => periodInside.test(l) && !/关于|通知|《/.test(l) && !/[。,\uFF0C]/.test(l));
  if (t >= 0) return { title: lines[t], first: t, next: t + 1 };
  for (let q = 0; q < lines.length; q++) {
    const quoted = /《([^》]+)》/.exec(lines[q]);
    if (quoted) return { title: quoted[1], first: q, next: q + 1 };
  }
  return undefined;
}

/** Only the lines before the title (the covering notice) are searched for the number and date. */
export function readHeader(lines: string[]): OutlineHeader | undefined {
  const found = findTitle(lines);
  if (!found) return undefined;
  const notice = lines.slice(0, found.first);
  const period = periodInside.exec(found.title);
  const number =
    notice.map((l) => docNumber.exec(l)).find((m) => m && m.index === 0) ??
    notice.map((l) => docNumber.exec(l)).find(Boolean);
  const date = notice
    .map((l) => dateLine.exec(l))
    .filter(Boolean)
    .pop();
  const name =
    /^(.+?)(?:全民|公民)?科学素质/.exec(found.title)?.[1] ??
    /^(.{2,12}?(?:自治州|自治县|地区|省|市|州|盟|县|区|旗))/.exec(found.title)?.[1];
  return {
    title: found.title,
    bodyStart: found.next,
    period: period ? { start: Number(period[1]), end: Number(period[2]) } : undefined,
    documentNumber: number?.[0] ?? '',
    issuedOn: date ? `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` : undefined,
    jurisdictionName: name,
  };
}
