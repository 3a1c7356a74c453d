// The reviewer's part of a report: accept or return with a comment, and reopening an accepted report with a reason.
import { Button, Card, Input } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accApi, useAccMutation } from '../../api/accountability/acc.ts';
import type { Report } from '../../api/accountability/types.ts';
import { useMessage } from '../app-message.tsx';
import { AccError } from './acc-ui.tsx';

export function Review({ report }: { report: Report }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  const accept = useAccMutation(() => accApi.post(`/acc/reports/${report.id}/accept`, { comment }));
  const ret = useAccMutation(() => accApi.post(`/acc/reports/${report.id}/return`, { comment }));
  return (
    <section className="page-section" aria-labelledby="acc-review">
      <Card>
        <h2 id="acc-review" className="card-heading">
          {t('acc.report.review')}
        </h2>
        <label htmlFor={id} className="field-label">
          {t('acc.report.comment')}
        </label>
        <Input.TextArea
          id={id}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          autoSize={{ minRows: 2 }}
          status={missing ? 'error' : undefined}
          data-test="acc-review-comment"
        />
        {missing && (
          <p className="acc-days-over" role="alert">
            {t('acc.report.commentRequired')}
          </p>
        )}
        {(accept.error || ret.error) && <AccError error={accept.error ?? ret.error} />}
        <div className="acc-actions">
          <Button
            size="large"
            type="primary"
            loading={accept.isPending}
            data-test="acc-review-accept"
            onClick={() =>
              accept.mutate(undefined, { onSuccess: () => void message.success(t('acc.report.accepted')) })
            }
          >
            {t('acc.report.accept')}
          </Button>
          <Button
            size="large"
            danger
            loading={ret.isPending}
            data-test="acc-review-return"
            onClick={() => {
              if (!comment.trim()) return setMissing(true);
              setMissing(false);
              ret.mutate(undefined, { onSuccess: () => void message.success(t('acc.report.returned')) });
            }}
          >
            {t('acc.report.return')}
          </Button>
        </div>
      </Card>
    </section>
  );
}

export function Reopen({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const id = useId();
  const reopen = useAccMutation(() => accApi.post(`/acc/reports/${report.id}/reopen`, { reason }));
  return (
    <section className="page-section" aria-labelledby="acc-reopen">
      <Card>
        <h2 id="acc-reopen" className="card-heading">
          {t('acc.report.reopen')}
        </h2>
        <label htmlFor={id} className="field-label">
          {t('acc.report.reason')}
        </label>
        <Input.TextArea
          id={id}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 2 }}
          data-test="acc-reopen-reason"
        />
        {reopen.error ? <AccError error={reopen.error} /> : null}
        <div className="acc-actions">
          <Button
            size="large"
            disabled={!reason.trim()}
            loading={reopen.isPending}
            onClick={() => reopen.mutate(undefined)}
            data-test="acc-reopen"
          >
            {t('acc.report.reopen')}
          </Button>
        </div>
      </Card>
    </section>
  );
}
