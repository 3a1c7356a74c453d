// Unit lists as government documents write them: 牵头单位:A、B and a closing (A、B按职责分工负责).
const trailingParen = /[(\uFF08]([^()\uFF08\uFF09]+)[)\uFF09]\s*$/;
const dutySuffix = /\s*(?:按职责分工负责|按职责负责|分工负责|负责)$/;
const sentenceEnd = /[。;\uFF1B!\uFF01]\s*$/;

/** 'A、B、C按职责分工负责' → ['A', 'B', 'C'] (names kept exactly as written, duplicates dropped). */
export function splitUnits(list: string): string[] {
  const names = list
    .trim()
    .replace(/^(?:责任|牵头|配合)?(?:单位|部门)\s*[:\uFF1A]\s*/, '')
    .replace(dutySuffix, '')
    .split(/[、,\uFF0C;\uFF1B]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return [...new Set(names)];
}

/**
 * Splits the closing unit parenthesis off a paragraph. A parenthesis counts as a unit list only
 * if it follows the end of a sentence or ends in 负责, so an aside such as (所、站) is left alone.
 */
export function takeTrailingUnits(paragraph: string): { body: string; units: string[] | undefined } {
  const match = trailingParen.exec(paragraph);
  if (!match) return { body: paragraph.trim(), units: undefined };
  const before = paragraph.slice(0, match.index);
  if (
    !sentenceEnd.test(before) &&
    !dutySuffix.test(match[1]) &&
    !/^(?:责任|牵头)(?:单位|部门)\s*[:\uFF1A]/.test(match[1])
  )
    return { body: paragraph.trim(), units: undefined };
  return { body: before.trim(), units: splitUnits(match[1]) };
}

/** '青少年科学素质提升行动(牵头单位:市教育局、市科协)' → title and lead units. */
export function takeLeadUnits(heading: string): { title: string; units: string[] | undefined } {
  const match =
    /^(.*?)\s*[(\uFF08]\s*牵头(?:单位|部门)\s*[:\uFF1A]\s*([^()\uFF08\uFF09]+?)\s*[)\uFF09]\s*$/.exec(
      heading,
    );
  if (!match) return { title: heading.trim(), units: undefined };
  return { title: match[1].trim(), units: splitUnits(match[2]) };
}
