// A course's evidence files (sign-in sheets, photos, materials): listed with their downloads, and uploaded by those who
// record it under accountability's checks.
import { useTranslation } from 'react-i18next';
import { fileDownload, type TrnFileInfo, useUploadFile } from '../../api/training/training.ts';
import { ErrorNotice } from '../query-state.tsx';

export function FilesSection(p: { courseId: number; files: TrnFileInfo[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadFile(p.courseId);
  return (
    <section aria-labelledby="trn-files">
      <h2 id="trn-files">{t('training.files.heading')}</h2>
      {p.files.length === 0 ? (
        <p>{t('training.files.none')}</p>
      ) : (
        <ul data-test="trn-files">
          {p.files.map((f) => (
            <li key={f.id}>
              <a href={fileDownload(f.id)} download>
                {f.fileName}
              </a>{' '}
              <span className="muted">{Math.ceil(f.bytes / 1024)} KB</span>
            </li>
          ))}
        </ul>
      )}
      {p.canEdit && (
        <label>
          {t('training.files.upload')}
          <input
            type="file"
            data-test="trn-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload.mutate(file);
              e.target.value = '';
            }}
          />
          <span className="muted">{t('training.files.hint')}</span>
        </label>
      )}
      {upload.error && <ErrorNotice error={upload.error} />}
    </section>
  );
}
