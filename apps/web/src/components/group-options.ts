// Options for "filter by action / project / measure" selects, labelled with the group's kind and title.
import type { TFunction } from 'i18next';
import type { Group } from '../api/core/types.ts';
import { chineseNumeral } from '../i18n/format.ts';

const kindOrder = { action: 0, project: 1, measure: 2 } as const;

export function groupOptions(t: TFunction, groups: Group[]) {
  return [...groups]
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.number - b.number)
    .map((g) => ({
      value: String(g.id),
      label: `${t(`group.ordinal.${g.kind}`, { number: g.number, cn: chineseNumeral(g.number) })} ${g.title}`,
    }));
}
