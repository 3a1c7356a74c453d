// The cascade page (issue 13): for the jurisdiction the session works in (a province), each jurisdiction below it
// (its cities): their plan against ours, their reporting progress and key statistics; one Excel export of it all.
import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { cascadeExportUrl, useCascade } from '../../api/jurisdictions/jurisdictions.ts';
import { CascadeCard } from '../../components/jurisdictions/cascade-card.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/jurisdictions/jurisdictions.css';

export default function CascadeScene() {
  const { t } = useTranslation();
  usePageTitle(t('jur.cascade.heading'));
  const cascade = useCascade();
  if (cascade.error) return <ErrorNotice error={cascade.error} />;
  if (!cascade.data) return <PageLoading />;
  const { own, children } = cascade.data;
  return (
    <div className="page page-wide" data-test="cascade-page">
      <div className="cascade-head">
        <h1>{t('jur.cascade.heading')}</h1>
        <Button
          icon={<FileExcelOutlined aria-hidden />}
          href={cascadeExportUrl()}
          download
          data-test="cascade-export"
        >
          {t('jur.cascade.export')}
        </Button>
      </div>
      <p className="muted">{t('jur.cascade.intro', { name: own.name })}</p>
      <div className="cascade-cards">
        <CascadeCard e={own} />
        {children.length === 0 ? (
          <p className="muted" data-test="cascade-empty">
            {t('jur.cascade.none', { name: own.name })}
          </p>
        ) : (
          children.map((c) => <CascadeCard key={c.code} e={c} child={c} />)
        )}
      </div>
    </div>
  );
}
