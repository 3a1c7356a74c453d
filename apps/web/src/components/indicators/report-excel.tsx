// Excel out and in for one unit's report: the template to download and, while the report may be edited, uploading
// a filled one; a refused workbook lists its problems cell by cell, nothing is saved.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { ApiIssue } from '../../api/error-text.ts';
import type { useUpload } from '../../api/indicators/reports.ts';
import type { IndRule } from '../../api/indicators/types.ts';
import { useMessage } from '../app-message.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { UploadIssues } from './upload-issues.tsx';

interface ReportExcelProps {
  upload: ReturnType<typeof useUpload>;
  templateHref: string;
  editable: boolean;
  rules: IndRule[];
}

export function ReportExcel({ upload, templateHref, editable, rules }: ReportExcelProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const fileRef = useRef<HTMLInputElement>(null);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setIssues([]);
    setError(null);
    try {
      const r = await upload.mutateAsync(file);
      void message.success(t('ind.grid.uploaded', { count: r.saved }));
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.details.issues)) setIssues(e.details.issues as ApiIssue[]);
      else setError(e);
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };
  return (
    <section className="ind-section">
      <h2>{t('ind.grid.excel')}</h2>
      <div className="ind-actions">
        <Button icon={<DownloadOutlined aria-hidden />} href={templateHref} download data-test="ind-template">
          {t('ind.grid.download')}
        </Button>
        {editable && (
          <label className="ant-btn ant-btn-default ant-btn-lg" data-test="ind-upload-label">
            <UploadOutlined aria-hidden /> {t('ind.grid.upload')}
            <input
              ref={fileRef}
              type="file"
              accept=".xlsx"
              className="sr-only"
              onChange={(e) => onFile(e.target.files?.[0])}
              data-test="ind-upload"
            />
          </label>
        )}
      </div>
      <UploadIssues issues={issues} rules={rules} />
      {error !== null && <ErrorNotice error={error} testId="ind-upload-error" />}
    </section>
  );
}
