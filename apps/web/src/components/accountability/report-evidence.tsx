// A report's evidence files: the list with downloads, uploading one more while the report may be edited (the first file
// of a new report saves its draft first, through `prepare`), and removing one while the report is a draft.
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accApi, uploadEvidence, useAccMutation } from '../../api/accountability/acc.ts';
import type { EvidenceFile, Report, ReportCell } from '../../api/accountability/types.ts';
import { apiUrl } from '../../api/client.ts';
import { useMessage } from '../app-message.tsx';
import { AccError } from './acc-ui.tsx';

interface EvidenceProps {
  cell: ReportCell;
  report: Report | null;
  /** the report to attach to, saving the draft first when there is none yet; null when the form is not valid */
  prepare?: () => Promise<number | null>;
  /** after a file is stored on the report `id` (the first file of a new report has just made it) */
  onUploaded?: (id: number) => void;
}

export function Evidence({ cell, report, prepare, onUploaded }: EvidenceProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const inputId = useId();
  const [key, setKey] = useState(0);
  const upload = useAccMutation(async (file: File) => {
    const id = report?.id ?? (await prepare?.()) ?? null;
    return id === null ? null : { id, file: await uploadEvidence(id, file) };
  });
  const remove = useAccMutation((f: EvidenceFile) => accApi.delete(`/acc/files/${f.id}`));
  const canAdd = cell.can.attach && (report !== null || prepare !== undefined);
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
                {cell.can.detach && (
                  <Popconfirm
                    title={t('acc.report.confirmDeleteFile', { name: f.fileName })}
                    okText={t('acc.report.deleteFile')}
                    cancelText={t('acc.report.keepEditing')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      // a refusal shows below the list (remove.error)
                      remove
                        .mutateAsync(f)
                        .then(
                          () => void message.success(t('acc.report.fileDeleted', { name: f.fileName })),
                          () => undefined,
                        )
                    }
                  >
                    <Button
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('acc.report.deleteFileLabel', { name: f.fileName })}
                      data-test={`acc-file-delete-${f.id}`}
                    >
                      {t('acc.report.deleteFile')}
                    </Button>
                  </Popconfirm>
                )}
              </li>
            ))}
          </ul>
        )}
        {remove.error ? <AccError error={remove.error} testId="acc-file-delete-error" /> : null}
        {canAdd && (
          <>
            <p className="muted">
              {t('acc.report.filesHelp', { mb: cell.maxFileBytes / 1024 / 1024 })}
              {report ? '' : t('acc.report.firstFile')}
            </p>
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
                    onSuccess: (done) => {
                      setKey((k) => k + 1);
                      if (!done) return;
                      void message.success(t('acc.report.uploaded', { name: done.file.fileName }));
                      onUploaded?.(done.id);
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
