// The surveys page: the instruments (the shipped one marked illustrative; import a version, download its JSON), the
// surveys with their stage, and the office's form for a new survey.
import { Alert, Button, Checkbox, Form, Input, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAreas } from '../../api/core/areas.ts';
import { useAbilities } from '../../api/core/session.ts';
import {
  instrumentFileUrl,
  type SurveyInstrumentView,
  type SurveyListItem,
  useCreateSurvey,
  useImportInstrument,
  useInstruments,
  useSurveys,
} from '../../api/survey/survey.ts';
import { useMessage } from '../../components/app-message.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { countyNames, JsonFileInput, StageTag } from '../../components/survey/survey-parts.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/survey/survey.css';

export default function SurveysScene() {
  const { t } = useTranslation();
  usePageTitle(t('survey.heading'));
  const abilities = useAbilities();
  const instruments = useInstruments();
  const surveys = useSurveys();
  const importing = useImportInstrument();
  const message = useMessage();
  if (instruments.error || surveys.error) return <ErrorNotice error={instruments.error ?? surveys.error} />;
  if (!instruments.data || !surveys.data) return <PageLoading />;
  const manage = abilities['survey.manage'];
  return (
    <div className="page page-wide" data-test="survey-list-page">
      <h1>{t('survey.heading')}</h1>
      <p className="muted">{t('survey.intro')}</p>
      <section className="survey-section" aria-labelledby="survey-list">
        <h2 id="survey-list">{t('survey.list.heading')}</h2>
        {surveys.data.length === 0 ? (
          <p className="muted">{t('survey.list.empty')}</p>
        ) : (
          <Table<SurveyListItem>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={surveys.data}
            data-test="survey-table"
            columns={[
              {
                title: t('survey.list.name'),
                key: 'n',
                render: (_, s) => (
                  <Link to={`/survey/${s.id}`} data-test={`survey-link-${s.id}`}>
                    {s.name}
                  </Link>
                ),
              },
              { title: t('survey.list.year'), dataIndex: 'year' },
              { title: t('survey.list.stage'), key: 's', render: (_, s) => <StageTag status={s.status} /> },
              { title: t('survey.list.districts'), key: 'd', render: (_, s) => s.districts.length },
            ]}
          />
        )}
      </section>
      {manage && <NewSurveyForm instruments={instruments.data} />}
      <section className="survey-section" aria-labelledby="survey-instruments">
        <h2 id="survey-instruments">{t('survey.instruments.heading')}</h2>
        {importing.error && <ErrorNotice error={importing.error} testId="instrument-import-error" />}
        {manage && (
          <JsonFileInput
            label={t('survey.instruments.import')}
            testId="instrument-import"
            onText={(json) =>
              importing.mutate(json, {
                onSuccess: (i) =>
                  message.success(t('survey.instruments.imported', { title: i.title, version: i.version })),
              })
            }
          />
        )}
        <Table<SurveyInstrumentView>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={instruments.data}
          data-test="instrument-table"
          columns={[
            {
              title: t('survey.instruments.title'),
              key: 't',
              render: (_, i) => (
                <>
                  {i.title}
                  {i.illustrative && (
                    <Tag className="survey-tag" data-test="instrument-illustrative">
                      {t('survey.instruments.illustrative')}
                    </Tag>
                  )}
                </>
              ),
            },
            { title: t('survey.instruments.version'), dataIndex: 'version' },
            { title: t('survey.instruments.items'), dataIndex: 'items' },
            {
              title: t('survey.instruments.rule'),
              key: 'r',
              render: (_, i) => t(`survey.instruments.rules.${i.rule}`),
            },
            {
              title: '',
              key: 'f',
              render: (_, i) => (
                <a href={instrumentFileUrl(i.id)} download>
                  {t('survey.instruments.download')}
                </a>
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}

interface NewSurveyValues {
  name: string;
  year: string;
  instrumentId: string;
  districts: string[];
}

function NewSurveyForm({ instruments }: { instruments: SurveyInstrumentView[] }) {
  const { t } = useTranslation();
  const areas = useAreas();
  const create = useCreateSurvey();
  const navigate = useNavigate();
  const message = useMessage();
  const counties = [...countyNames(areas.data ?? [])];
  const latest = instruments.at(-1);
  // the form's first values need the districts
  if (!areas.data) return <PageLoading />;
  return (
    <section className="survey-section" aria-labelledby="survey-new">
      <h2 id="survey-new">{t('survey.create.heading')}</h2>
      {create.error && <ErrorNotice error={create.error} testId="survey-create-error" />}
      <Form<NewSurveyValues>
        layout="vertical"
        className="survey-form"
        initialValues={{
          year: String(new Date().getFullYear()),
          instrumentId: latest ? String(latest.id) : '',
          districts: counties.map(([code]) => code),
        }}
        onFinish={(v) =>
          create.mutate(
            {
              name: v.name,
              year: Number(v.year),
              instrumentId: Number(v.instrumentId),
              districts: v.districts,
            },
            {
              onSuccess: (s) => {
                message.success(t('survey.create.created'));
                void navigate(`/survey/${s.id}`);
              },
            },
          )
        }
      >
        <Form.Item
          label={t('survey.create.name')}
          name="name"
          rules={[{ required: true, message: t('survey.create.name') }]}
        >
          <Input data-test="survey-name" maxLength={200} />
        </Form.Item>
        <Form.Item label={t('survey.create.year')} name="year">
          <Input data-test="survey-year" inputMode="numeric" maxLength={4} />
        </Form.Item>
        <Form.Item label={t('survey.create.instrument')} name="instrumentId">
          <NativeSelect
            data-test="survey-instrument"
            options={instruments.map((i) => ({
              value: String(i.id),
              label: `${i.title}（${t('survey.instruments.version')} ${i.version}）`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('survey.create.districts')} name="districts">
          <Checkbox.Group options={counties.map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {latest?.illustrative && (
          <Alert
            type="warning"
            showIcon
            className="survey-alert"
            title={t('survey.instruments.illustrativeNote')}
          />
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending} data-test="survey-create">
          {t('survey.create.submit')}
        </Button>
      </Form>
    </section>
  );
}
