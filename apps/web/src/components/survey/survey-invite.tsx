// The office's invitations: how many and for which PSU; the links come back once, each shown with its QR code, and
// are offered as a CSV download and as a printable sheet (one card per invitation: QR code, link, PSU); the audit log
// keeps only their number.
import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InvitationView, type SurveyView, useInvite } from '../../api/survey/survey.ts';
import { NativeSelect } from '../native-select.tsx';
import { InputNumber } from '../number-input.tsx';
import { QrImage } from '../qr-image.tsx';
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
          <div className="survey-actions">
            <a href={csv()} download={t('survey.invite.fileName')}>
              {t('survey.invite.download')}
            </a>
            <Button onClick={() => window.print()} data-test="invite-print">
              {t('survey.invite.print')}
            </Button>
          </div>
          {made.length > 10 && <p className="muted">{t('survey.invite.first', { count: 10 })}</p>}
          <ol className="survey-links">
            {made.slice(0, 10).map((i, k) => (
              <li key={i.token} className="survey-link">
                <QrImage
                  text={link(i)}
                  label={t('survey.invite.qr', { n: k + 1 })}
                  className="survey-qr"
                  testId="invite-qr"
                />
                <a href={i.path} data-test="invite-link">
                  {link(i)}
                </a>
              </li>
            ))}
          </ol>
          <InvitationSheet survey={survey} made={made} link={link} />
        </div>
      )}
    </section>
  );
}

/** The printable sheet (shown only when printing): one card per invitation with its QR code, link and PSU. */
function InvitationSheet({
  survey,
  made,
  link,
}: {
  survey: SurveyView;
  made: InvitationView[];
  link: (i: InvitationView) => string;
}) {
  const { t } = useTranslation();
  const psuName = new Map(survey.psus.map((p) => [p.code, p.name]));
  return (
    <div className="survey-sheet" data-test="invite-sheet">
      {made.map((i, k) => (
        <div key={i.token} className="survey-sheet-card">
          <QrImage
            text={link(i)}
            size={160}
            label={t('survey.invite.qr', { n: k + 1 })}
            className="survey-qr"
            testId="invite-qr"
          />
          <div>
            <p className="survey-sheet-title">{survey.name}</p>
            <p>{t('survey.invite.scan')}</p>
            <p className="survey-sheet-link">{link(i)}</p>
            {i.psuCode && (
              <p>
                {t('survey.invite.psu')}
                {t('common.colon')}
                {psuName.get(i.psuCode) ?? i.psuCode}
              </p>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
