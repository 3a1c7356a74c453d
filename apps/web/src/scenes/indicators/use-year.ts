// The statistics year in the address (?year=), defaulting to the latest year whose filing has closed.

import { useForms } from '../../api/indicators/forms.ts';
import { useSearchParamState } from '../../hooks/use-search-param.ts';

export function useIndYear(extra: readonly string[] = []) {
  const [params, set] = useSearchParamState(['year', ...extra] as const);
  const forms = useForms();
  const today = new Date().toISOString().slice(0, 10);
  const closed = forms.data?.find((f) => f.dueOn < today) ?? forms.data?.[0];
  const year = params.year ? Number(params.year) : closed?.year;
  // the jurisdiction has no form of its own yet (issue 13)
  const noForm = forms.data?.length === 0;
  return { year, years: forms.data ?? [], noForm, params, set };
}
