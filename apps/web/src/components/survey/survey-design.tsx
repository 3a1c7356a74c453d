// The survey's written-down design: its PSUs with district and selection probability, the interviewer of each (the
// office picks one while fieldwork has not closed), and the office's import of a design file in draft.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../api/core/session.ts';
import { useUsers } from '../../api/core/users.ts';
import { type SurveyView, useSetAssignments, useSetDesign } from '../../api/survey/survey.ts';
import { useMessage } from '../app-message.tsx';
import { NativeSelect } from '../native-select.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { JsonFileInput } from './survey-parts.tsx';

type Psu = SurveyView['psus'][number];

export function SurveyDesign({ survey, counties }: { survey: SurveyView; counties: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const abilities = useAbilities();
  const manage = abilities['survey.manage'];
  const open = survey.status === 'draft' || survey.status === 'fieldwork';
  const users = useUsers(manage && open);
  const design = useSetDesign(survey.id);
  const assign = useSetAssignments(survey.id);
  const message = useMessage();
  const interviewers = (users.data ?? []).filter((u) => u.role === 'interviewer');
  const setInterviewer = (psu: string, userId: string) => {
    const rest = survey.psus
      .filter((p) => p.code !== psu)
      .flatMap((p) => p.interviewers.map((i) => ({ psuCode: p.code, userId: i.userId })));
    const assignments = userId ? [...rest, { psuCode: psu, userId: Number(userId) }] : rest;
    assign.mutate({ assignments }, { onSuccess: () => message.success(t('survey.design.assigned')) });
  };
  return (
    <section className="survey-section" aria-labelledby="survey-design">
      <h2 id="survey-design">{t('survey.design.heading')}</h2>
      {design.error && <ErrorNotice error={design.error} testId="design-error" />}
      {assign.error && <ErrorNotice error={assign.error} testId="assign-error" />}
      {manage && survey.status === 'draft' && (
        <JsonFileInput
          label={t('survey.design.upload')}
          testId="design-import"
          onText={(json) =>
            design.mutate(json, { onSuccess: () => message.success(t('survey.design.saved')) })
          }
        />
      )}
      {survey.psus.length === 0 ? (
        <p className="muted">{t('survey.design.none')}</p>
      ) : (
        <Table<Psu>
          rowKey="code"
          size="small"
          pagination={survey.psus.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: true }}
          dataSource={survey.psus}
          data-test="psu-table"
          columns={[
            { title: t('survey.design.psu'), dataIndex: 'code' },
            { title: t('survey.design.name'), dataIndex: 'name' },
            {
              title: t('survey.design.district'),
              key: 'd',
              render: (_, p) => counties.get(p.district) ?? p.district,
            },
            {
              title: t('survey.design.probability'),
              key: 'p',
              className: 'survey-num',
              render: (_, p) => p.probability.toLocaleString(i18n.language, { maximumSignificantDigits: 4 }),
            },
            {
              title: t('survey.design.interviewer'),
              key: 'i',
              render: (_, p) =>
                manage && open ? (
                  <NativeSelect
                    aria-label={`${t('survey.design.interviewer')} ${p.name}`}
                    data-test={`assign-${p.code}`}
                    value={p.interviewers[0] ? String(p.interviewers[0].userId) : ''}
                    emptyLabel={t('survey.design.unassigned')}
                    options={interviewers.map((u) => ({ value: String(u.id), label: u.displayName }))}
                    onChange={(v) => setInterviewer(p.code, v)}
                  />
                ) : (
                  p.interviewers.map((i) => i.name).join('、') || t('survey.design.unassigned')
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
