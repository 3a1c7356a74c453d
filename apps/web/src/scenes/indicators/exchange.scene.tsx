// 数据交换 / Data exchange: pick a data set (and year), download it as CSV or JSON, upload a file for a dry run that
// lists what would change, then confirm. The server refuses the whole file if any row is bad, and the page lists every
// problem it names (row as the spreadsheet shows it, column, what is wrong).
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, message, Space, Table, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useAbilities, useSession } from '../../api/core/session.ts';
import {
  type DataSetName,
  dataSets,
  describeChange,
  type ExchangeChange,
  type ExchangeIssue,
  type ExchangeReport,
  exportUrl,
  replacingSets,
  useExchangeImport,
  yearlySets,
} from '../../api/indicators/exchange.ts';
import { ExchangeIssues } from '../../components/indicators/exchange/exchange-issues.tsx';
import { IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { ErrorNotice } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { useIndYear } from './use-year.ts';
import './indicators.css';

const SHOWN = 20;

export default function IndicatorExchangeScene() {
  const { t } = useTranslation();
  usePageTitle(t('indExchange.heading'));
  const { year, years, params, set: setParam } = useIndYear(['set']);
  const set = (dataSets as readonly string[]).includes(params.set ?? '')
    ? (params.set as DataSetName)
    : 'values';
  const yearly = yearlySets.includes(set);
  const role = useSession().data?.user?.role;
  const abilities = useAbilities();
  const mayImport =
    role === 'office' ||
    (set === 'schools' && role === 'liaison') ||
    (set === 'populations' && abilities['area.edit'] !== 'all' && abilities['area.edit'].length > 0);
  const importer = useExchangeImport();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<ExchangeReport | null>(null);
  const [issues, setIssues] = useState<ExchangeIssue[]>([]);
  // the server lists the first problems of a long file and gives the total
  const [problems, setProblems] = useState(0);
  const [error, setError] = useState<unknown>(null);

  const reset = () => {
    setFile(null);
    setReport(null);
    setIssues([]);
    setError(null);
    if (fileRef.current) fileRef.current.value = '';
  };
  const run = async (f: { name: string; text: string }, dryRun: boolean) => {
    setIssues([]);
    setError(null);
    try {
      const r = await importer.mutateAsync({ set, year, ...f, dryRun });
      if (dryRun) {
        setFile(f);
        setReport(r);
      } else {
        void message.success(t('indExchange.imported', r.summary));
        reset();
      }
    } catch (e) {
      setReport(null);
      if (e instanceof ApiError && Array.isArray(e.details.issues)) {
        setIssues(e.details.issues as ExchangeIssue[]);
        setProblems(typeof e.details.count === 'number' ? e.details.count : e.details.issues.length);
      } else setError(e);
    }
  };
  const onFile = async (f: File | undefined) => {
    if (!f) return;
    const text = await f.text();
    if (fileRef.current) fileRef.current.value = ''; // the same file again is a new upload
    await run({ name: f.name, text }, true);
  };
  const changed = report ? report.summary.add + report.summary.update + report.summary.delete : 0;

  return (
    <div className="page page-wide" data-test="ind-exchange">
      <h1>{t('indExchange.heading')}</h1>
      <p className="muted">{t('indExchange.intro')}</p>
      <IndTabs />
      <div className="ind-filters">
        <label>
          {t('indExchange.set')}{' '}
          <NativeSelect
            value={set}
            onChange={(v) => {
              setParam('set', v);
              reset();
            }}
            options={dataSets.map((s) => ({ value: s, label: t(`indExchange.sets.${s}`) }))}
            data-test="ind-exchange-set"
          />
        </label>
        {yearly && (
          <label>
            {t('indExchange.year')}{' '}
            <NativeSelect
              value={year}
              onChange={(v) => {
                setParam('year', v);
                reset();
              }}
              options={years.map((f) => ({ value: String(f.year), label: String(f.year) }))}
              data-test="ind-exchange-year"
            />
          </label>
        )}
      </div>
      {replacingSets.includes(set) && (
        <Alert type="info" showIcon className="ind-section" title={t('indExchange.replaces')} />
      )}
      <Space wrap className="ind-section">
        {(['csv', 'json'] as const).map((format) => (
          <Button
            key={format}
            icon={<DownloadOutlined aria-hidden />}
            href={exportUrl(set, year, format)}
            download
            data-test={`ind-exchange-${format}`}
          >
            {t(format === 'csv' ? 'indExchange.downloadCsv' : 'indExchange.downloadJson')}
          </Button>
        ))}
        {mayImport && (
          <>
            <Button
              icon={<UploadOutlined aria-hidden />}
              loading={importer.isPending}
              onClick={() => fileRef.current?.click()}
              data-test="ind-exchange-upload-button"
            >
              {importer.isPending ? t('indExchange.checking') : t('indExchange.upload')}
            </Button>
            <input
              ref={fileRef}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              className="sr-only"
              tabIndex={-1}
              aria-label={t('indExchange.upload')}
              onChange={(e) => void onFile(e.target.files?.[0])}
              data-test="ind-exchange-upload"
            />
          </>
        )}
      </Space>
      {!mayImport && <p className="muted">{t('indExchange.readOnly')}</p>}
      {error !== null && <ErrorNotice error={error} />}
      {issues.length > 0 && <ExchangeIssues issues={issues} count={problems} />}
      {report && file && (
        <section className="ind-section" data-test="ind-exchange-report" aria-label={t('indExchange.report')}>
          <h2>{t('indExchange.report')}</h2>
          <p data-test="ind-exchange-summary">{t('indExchange.summary', report.summary)}</p>
          {changed === 0 ? (
            <p className="muted">{t('indExchange.noChanges')}</p>
          ) : (
            <Table<ExchangeChange>
              size="small"
              pagination={false}
              scroll={{ x: true }}
              rowKey={(c) => `${c.change}-${c.key}`}
              dataSource={report.changes.slice(0, SHOWN)}
              title={() => t('indExchange.firstChanges', { count: Math.min(SHOWN, report.changes.length) })}
              columns={[
                {
                  title: t('indExchange.changeHeading'),
                  key: 'c',
                  render: (_, c) => (
                    <Tag color={c.change === 'add' ? 'green' : c.change === 'delete' ? 'red' : 'blue'}>
                      {t(`indExchange.change.${c.change}`)}
                    </Tag>
                  ),
                },
                { title: t('indExchange.key'), dataIndex: 'key' },
                { title: t('indExchange.fields'), key: 'f', render: (_, c) => describeChange(c) },
              ]}
            />
          )}
          <Space className="ind-section">
            <Button
              type="primary"
              disabled={changed === 0 || importer.isPending}
              onClick={() => void run(file, false)}
              data-test="ind-exchange-confirm"
            >
              {t('indExchange.confirm')}
            </Button>
            <Button onClick={reset}>{t('indExchange.cancel')}</Button>
          </Space>
        </section>
      )}
    </div>
  );
}
