// Areas as indented options for a select (districts under the city, towns under districts), in tree order.
import type { Area } from '../api/core/types.ts';
import type { SelectOption } from './native-select.tsx';

export function areaOptions(areas: Area[], depth = 0): SelectOption[] {
  return areas.flatMap((a) => [
    { value: a.code, label: `${'\u3000'.repeat(depth)}${a.name} ${a.code}` },
    ...areaOptions(a.children ?? [], depth + 1),
  ]);
}
