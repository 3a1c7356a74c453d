// The office's invitations: how many and for which PSU; the links come back once and are offered as a CSV download
// (to print on letters or as QR codes); the audit log keeps only their number.
import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InvitationView, type SurveyView, useInvite } from '../../api/survey/survey.ts';
import { NativeSelect } from '../native-select.tsx';
import { InputNumber } from '../number-input.tsx';
import { ErrorNotice } from '../query-state.tsx';

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function SurveyInvite({ survey }: { survey: SurveyView }) {
  const { t } = useTranslation();
  const invite = useInvite(survey.id);
  const [count, setCount] = useState(10);
  const [psu, setPsu] = useState('');
  const [made, setMade] = useState<InvitationView[]>([]);
  const link = (i: InvitationView) => `${location.origin}${i.path}`;
  const csv = () => {
    const rows = [
      [t('survey.invite.psu'), t('survey.invite.link')],
      ...made.map((i) => [i.psuCode ?? '', link(i)]),
    ];
    // a BOM so that Excel reads the Chinese header as UTF-8
    const text = `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
    return URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  };
  return (
    <section className="survey-section" aria-labelledby="survey-invite">
      <h2 id="survey-invite">{t('survey.invite.heading')}</h2>
      {invite.error && <ErrorNotice error={invite.error} testId="invite-error" />}
      <Form layout="inline" className="survey-inline-form">
        <Form.Item label={t('survey.invite.count')} htmlFor="invite-count">
          <InputNumber
            id="invite-count"
            min={1}
            max={5000}
            value={count}
            onChange={(v) => setCount(v ?? 1)}
            data-test="invite-count"
          />
        </Form.Item>
        <Form.Item label={t('survey.invite.psu')} htmlFor="invite-psu">
          <NativeSelect
            id="invite-psu"
            value={psu}
            onChange={setPsu}
            emptyLabel={t('survey.invite.any')}
            options={survey.psus.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` }))}
            data-test="invite-psu"
          />
        </Form.Item>
        <Button
          type="primary"
          loading={invite.isPending}
          data-test="invite-submit"
          onClick={() =>
            invite.mutate({ count, ...(psu && { psuCode: psu }) }, { onSuccess: (list) => setMade(list) })
          }
        >
          {t('survey.invite.submit')}
        </Button>
      </Form>
      {made.length > 0 && (
        <div className="survey-made" data-test="invite-made">
          <p>{t('survey.invite.made', { count: made.length })}</p>
          <a href={csv()} download={t('survey.invite.fileName')}>
            {t('survey.invite.download')}
          </a>
          <ol className="survey-links">
            {made.slice(0, 10).map((i) => (
              <li key={i.token}>
                <a href={i.path} data-test="invite-link">
                  {link(i)}
                </a>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
