// A file input shown as a button that says what it does in the app's language: a bare <input type="file"> shows the
// browser's own words ("Choose File", "No file chosen"). The input stays in the page, transparent over its label, so
// the keyboard, screen readers and automated tests reach it as they would the native one.
import { UploadOutlined } from '@ant-design/icons';
import type { ChangeEvent } from 'react';

export function FileButton({
  label,
  accept,
  onFile,
  testId,
  disabled,
  chosen,
}: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  testId: string;
  disabled?: boolean;
  /** the chosen file's name, shown after the label */
  chosen?: string;
}) {
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onFile(file);
  };
  return (
    <label className={disabled ? 'file-button file-button-disabled' : 'file-button'}>
      <UploadOutlined aria-hidden />
      <span>{label}</span>
      {chosen ? <span className="file-button-chosen">{chosen}</span> : null}
      <input type="file" accept={accept} onChange={pick} data-test={testId} disabled={disabled} />
    </label>
  );
}
