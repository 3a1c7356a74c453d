// The office's publication page: choose a year, preview exactly what becomes public, publish it (a new version).
import { zoneName } from '@kepu/domain';
import { Alert, Button, Input, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForms } from '../../api/indicators/forms.ts';
import {
  type PubSnapshot,
  useAnnualReport,
  usePreview,
  usePublish,
  useReleases,
} from '../../api/publication/publication.ts';
import { useMessage } from '../../components/app-message.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

type Figure = PubSnapshot['figures'][number];

function Preview({ s }: { s: PubSnapshot }) {
  const { t } = useTranslation();
  const filled = s.figures.filter((f) => f.value !== null).length;
  return (
    <section aria-labelledby="pub-preview" data-test="publication-preview">
      <h2 id="pub-preview">{t('publication.previewHeading', { year: s.year })}</h2>
      {s.demo && <Alert type="warning" showIcon title={t('publication.demo')} />}
      <ul>
        <li>{t('publication.literacy', { n: s.literacy.rows.length })}</li>
        <li>{t('publication.figures', { n: s.figures.length, filled })}</li>
        <li>
          {s.progress.basis
            ? t('publication.progress', {
                round: s.progress.basis.round,
                n: s.progress.basis.acceptedReports,
              })
            : t('publication.noProgress')}
        </li>
        <li>{t('publication.groups', { n: s.plan.groups.length })}</li>
      </ul>
      <Table<Figure>
        rowKey={(f) => `${f.areaCode}/${f.item}`}
        size="small"
        pagination={{ pageSize: 10, showSizeChanger: false }}
        scroll={{ x: true }}
        dataSource={s.figures}
        columns={[
          { title: t('publication.colArea'), dataIndex: 'areaName' },
          { title: t('publication.colItem'), render: (_, f) => `${f.itemZh}（${f.unit}）` },
          { title: t('publication.colValue'), align: 'right', render: (_, f) => f.value ?? '—' },
          { title: t('publication.colPer10k'), align: 'right', render: (_, f) => f.per10k ?? '—' },
        ]}
      />
    </section>
  );
}

function ReportForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const [intro, setIntro] = useState('');
  const [conclusion, setConclusion] = useState('');
  const report = useAnnualReport(year);
  const message = useMessage();
  const generate = async (format: 'docx' | 'pdf') => {
    await report.mutateAsync({ format, intro, conclusion });
    message.success(t('publication.generated'));
  };
  return (
    <section aria-labelledby="pub-report" data-test="publication-report">
      <h2 id="pub-report">{t('publication.report')}</h2>
      <p className="muted">{t('publication.reportIntro')}</p>
      <p>{t('publication.reportYear', { year })}</p>
      <label htmlFor="pub-intro">{t('publication.introLabel')}</label>
      <Input.TextArea
        id="pub-intro"
        rows={4}
        value={intro}
        onChange={(e) => setIntro(e.target.value)}
        data-test="publication-intro"
      />
      <label htmlFor="pub-conclusion">{t('publication.conclusionLabel')}</label>
      <Input.TextArea
        id="pub-conclusion"
        rows={4}
        value={conclusion}
        onChange={(e) => setConclusion(e.target.value)}
        data-test="publication-conclusion"
      />
      {report.error && <ErrorNotice error={report.error} />}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 12 }}>
        <Button onClick={() => generate('docx')} loading={report.isPending} data-test="publication-docx">
          {t('publication.docx')}
        </Button>
        <Button onClick={() => generate('pdf')} loading={report.isPending} data-test="publication-pdf">
          {t('publication.pdf')}
        </Button>
      </div>
    </section>
  );
}

export default function PublicationScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('publication.heading'));
  const forms = useForms();
  const releases = useReleases();
  const [year, setYear] = useState<number | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const preview = usePreview(shown);
  const publish = usePublish();
  const message = useMessage();
  if (forms.error || releases.error) return <ErrorNotice error={forms.error ?? releases.error} />;
  if (!forms.data || !releases.data) return <PageLoading />;
  const years = forms.data.map((f) => f.year).sort((a, b) => b - a);
  const chosen = year ?? years[1] ?? years[0] ?? null;
  return (
    <div className="page page-wide" data-test="publication-page">
      <h1>{t('publication.heading')}</h1>
      <p className="muted">{t('publication.intro')}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end' }}>
        <label>
          {t('publication.year')}{' '}
          <NativeSelect
            value={String(chosen ?? '')}
            onChange={(v) => setYear(Number(v))}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
            data-test="publication-year"
          />
        </label>
        <Button
          onClick={() => setShown(chosen)}
          disabled={chosen === null}
          data-test="publication-preview-button"
        >
          {t('publication.preview')}
        </Button>
        {shown !== null && preview.data && (
          <Popconfirm
            title={t('publication.confirm', { year: shown })}
            onConfirm={async () => {
              const r = await publish.mutateAsync(shown);
              message.success(t('publication.published', { year: r.year, version: r.version }));
            }}
          >
            <Button type="primary" loading={publish.isPending} data-test="publication-publish">
              {t('publication.publish', { year: shown })}
            </Button>
          </Popconfirm>
        )}
        <a href="/portal" target="_blank" rel="noreferrer">
          {t('publication.portal')}
        </a>
      </div>
      {preview.error && <ErrorNotice error={preview.error} />}
      {shown !== null && preview.isLoading && <PageLoading />}
      {preview.data && <Preview s={preview.data} />}
      {releases.data[0] && <ReportForm year={releases.data[0].year} />}
      <section aria-labelledby="pub-releases">
        <h2 id="pub-releases">{t('publication.releases')}</h2>
        {releases.data.length === 0 ? (
          <p className="muted">{t('publication.noReleases')}</p>
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={releases.data}
            data-test="publication-releases"
            columns={[
              { title: t('publication.year'), dataIndex: 'year' },
              { title: t('publication.version'), dataIndex: 'version' },
              {
                title: t('publication.publishedAt'),
                render: (_, r) =>
                  `${r.publishedLocal}（${zoneName(r.timeZone, i18n.language === 'en' ? 'en' : 'zh')}）`,
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}
