// The jurisdiction switcher: shown to an account whose scope spans several jurisdictions with a plan (a province
// office: the province and its cities). The choice is the session's; every page's data follows it.
import { useTranslation } from 'react-i18next';
import { useChooseJurisdiction, useMyJurisdictions } from '../../api/jurisdictions/jurisdictions.ts';
import { DATA_LANG } from '../../i18n/index.ts';
import { useMessage } from '../app-message.tsx';
import { NativeSelect } from '../native-select.tsx';
import './jurisdictions.css';

export function JurisdictionSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const mine = useMyJurisdictions();
  const choose = useChooseJurisdiction();
  const message = useMessage();
  const options = mine.data?.options ?? [];
  if (options.length < 2) return null;
  return (
    <div className={className ? `jur-bar ${className}` : 'jur-bar'}>
      <div className="jur-switch">
        <label className="jur-switch-label" htmlFor="jurisdiction-switch">
          {t('jur.switcher.label')}
        </label>
        <NativeSelect
          id="jurisdiction-switch"
          lang={DATA_LANG}
          data-test="jurisdiction-switch"
          value={mine.data?.current}
          disabled={choose.isPending}
          options={options.map((o) => ({
            value: o.code,
            label: `${o.name}${o.demo ? t('jur.switcher.demo') : ''}`,
          }))}
          onChange={(code) =>
            choose.mutate(code, {
              onSuccess: (r) => void message.success(t('jur.switcher.switched', { name: r.name })),
            })
          }
        />
      </div>
    </div>
  );
}
