// A report's evidence files: the list with downloads, and uploading one more while the report may be edited.
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadEvidence, useAccMutation } from '../../api/accountability/acc.ts';
import type { Report, ReportCell } from '../../api/accountability/types.ts';
import { apiUrl } from '../../api/client.ts';
import { useMessage } from '../app-message.tsx';
import { AccError } from './acc-ui.tsx';

export function Evidence({ cell, report }: { cell: ReportCell; report: Report }) {
  const { t } = useTranslation();
  const message = useMessage();
  const inputId = useId();
  const [key, setKey] = useState(0);
  const upload = useAccMutation((file: File) => uploadEvidence(report.id, file));
  const canAdd = cell.can.edit;
  return (
    <section className="page-section" aria-labelledby="acc-files">
      <Card>
        <h2 id="acc-files" className="card-heading">
          <PaperClipOutlined aria-hidden /> {t('acc.report.files')}
        </h2>
        {cell.files.length === 0 ? (
          <p>{t('acc.report.noFiles')}</p>
        ) : (
          <ul className="acc-list" data-test="acc-files">
            {cell.files.map((f) => (
              <li key={f.id} data-test={`acc-file-${f.id}`}>
                <a href={apiUrl(`/acc/files/${f.id}`)} download={f.fileName} className="acc-grow">
                  <DownloadOutlined aria-hidden /> {f.fileName}
                </a>
                <span className="muted">{Math.max(1, Math.round(f.size / 1024))} KB</span>
              </li>
            ))}
          </ul>
        )}
        {canAdd && (
          <>
            <p className="muted">{t('acc.report.filesHelp', { mb: cell.maxFileBytes / 1024 / 1024 })}</p>
            <label htmlFor={inputId} className="acc-file-picker">
              <UploadOutlined aria-hidden /> {t('acc.report.upload')}
              <input
                key={key}
                id={inputId}
                type="file"
                accept=".pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp"
                data-test="acc-file-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  upload.mutate(file, {
                    onSuccess: (f) => {
                      void message.success(t('acc.report.uploaded', { name: f.fileName }));
                      setKey((k) => k + 1);
                    },
                  });
                }}
              />
            </label>
            {upload.error ? <AccError error={upload.error} testId="acc-file-error" /> : null}
          </>
        )}
      </Card>
    </section>
  );
}
