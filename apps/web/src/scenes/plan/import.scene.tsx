// 导入规划纲要: upload or paste an outline, see what was read beside the text it came from, correct it, map or confirm
// the new unit names, then store it as a new plan version.
import type { OutlineIssue, OutlineV2 } from '@kepu/domain';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  fileBase64,
  type OutlinePreview,
  useCommitOutline,
  usePreviewOutline,
} from '../../api/plan/import.ts';
import { FileButton } from '../../components/file-button.tsx';
import { OutlineForm } from '../../components/plan/outline-form.tsx';
import { SourceView } from '../../components/plan/source-view.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

function issuesOf(e: unknown): OutlineIssue[] {
  return e instanceof ApiError
    ? (((e.details as { issues?: OutlineIssue[] } | undefined)?.issues ?? []) as OutlineIssue[])
    : [];
}

/** Where in the draft a problem is, in words: 第 2 组任务 3 的标题：. */
function useWhere() {
  const { t } = useTranslation();
  return (path: string | undefined) => {
    const m = /^groups\[(\d+)\](?:\.tasks\[(\d+)\])?\.(\w+)/.exec(path ?? '');
    if (!m) return '';
    const field = t(`planImport.where.fields.${m[3]}`, { defaultValue: m[3] });
    const g = Number(m[1]) + 1;
    return m[2] === undefined
      ? t('planImport.where.group', { g, field })
      : t('planImport.where.task', { g, n: Number(m[2]) + 1, field });
  };
}

function Issues({ issues }: { issues: OutlineIssue[] }) {
  const { t } = useTranslation();
  const where = useWhere();
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="block-gap" data-test="import-issues">
      <h2>{t('planImport.issues', { count: issues.length })}</h2>
      <ul>
        {issues.map((i, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={n}>
            {i.line ? t('planImport.atLine', { line: i.line }) : ''}
            {where(i.path)}
            {t(`planImport.issue.${i.code.replace(/^plan\.outline\./, '').replace(/\./g, '_')}`, {
              defaultValue: t('planImport.issue.other'),
            })}
            {i.path ? <code className="muted"> {i.path}</code> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function PlanImportScene() {
  const { t } = useTranslation();
  usePageTitle(t('planImport.pageTitle'));
  const read = usePreviewOutline();
  const commit = useCommitOutline();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [preview, setPreview] = useState<OutlinePreview | null>(null);
  const [draft, setDraft] = useState<OutlineV2 | null>(null);
  const [choice, setChoice] = useState<Record<string, string>>({});

  const start = async () => {
    commit.reset();
    const body = file ? { fileName: file.name, base64: await fileBase64(file) } : { text: pasted };
    const p = await read.mutateAsync(body).catch(() => null);
    setPreview(p);
    setDraft(p?.outline && p.outline.format === 'kepu-outline/2' ? p.outline : null);
    setChoice(Object.fromEntries((p?.newUnits ?? []).map((u) => [u.name, u.closest[0] ?? ''])));
  };
  const save = () => {
    const unitMap = Object.fromEntries(Object.entries(choice).filter(([, to]) => to));
    const newUnits = Object.entries(choice)
      .filter(([, to]) => !to)
      .map(([name]) => name);
    commit.mutate({ outline: draft ?? preview?.outline, unitMap, newUnits });
  };
  const issues = commit.error
    ? issuesOf(commit.error)
    : read.error
      ? issuesOf(read.error)
      : (preview?.issues ?? []);

  return (
    <div className="page" data-test="plan-import-page">
      <h1>{t('planImport.pageTitle')}</h1>
      <p>{t('planImport.intro')}</p>
      <div className="outline-input block-gap">
        <div className="outline-field outline-field-wide">
          <FileButton
            label={t('planImport.file')}
            accept=".txt,.docx,.json,.yaml,.yml"
            onFile={setFile}
            testId="outline-file"
            chosen={file?.name}
          />
        </div>
        <label className="outline-field outline-field-wide" htmlFor="outline-paste">
          <span>{t('planImport.paste')}</span>
          <textarea
            id="outline-paste"
            data-test="outline-paste"
            rows={5}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
        </label>
        <Button
          type="primary"
          size="large"
          data-test="outline-read"
          loading={read.isPending}
          disabled={!file && !pasted.trim()}
          onClick={start}
        >
          {t('planImport.read')}
        </Button>
      </div>
      {read.error && !issuesOf(read.error).length && (
        <Alert type="error" showIcon message={read.error.message} />
      )}
      <Issues issues={issues} />
      {commit.data && (
        <>
          <Alert
            type="success"
            showIcon
            data-test="import-done"
            message={t('planImport.done', { version: commit.data.plan.version })}
          />
          <p className="block-gap">
            <Link to="/" data-test="import-see-plan">
              {t('planImport.seePlan')}
            </Link>
          </p>
        </>
      )}
      {commit.error && !issuesOf(commit.error).length && (
        <Alert
          type="error"
          showIcon
          data-test="commit-error"
          message={
            commit.error instanceof ApiError
              ? t(`errors.${commit.error.code}`, { defaultValue: commit.error.message })
              : String(commit.error)
          }
        />
      )}
      {preview && (
        <>
          <p data-test="import-read-as">
            {t('planImport.readAs', {
              kind: t(`planImport.kindsOfFile.${preview.kind}`),
              encoding: preview.encoding ?? '—',
            })}
          </p>
          {preview.newUnits.length > 0 && (
            <section className="page-section" aria-labelledby="new-units-heading" data-test="new-units">
              <h2 id="new-units-heading">{t('planImport.newUnits', { count: preview.newUnits.length })}</h2>
              {preview.newUnits.map((u, i) => (
                <label key={u.name} className="outline-field" htmlFor={`unit-${i}`}>
                  <span lang="zh-CN">{u.name}</span>
                  <select
                    id={`unit-${i}`}
                    data-test={`unit-choice-${u.name}`}
                    value={choice[u.name] ?? ''}
                    onChange={(e) => setChoice({ ...choice, [u.name]: e.target.value })}
                  >
                    <option value="">{t('planImport.keepNew')}</option>
                    {u.closest.map((c) => (
                      <option key={c} value={c}>
                        {t('planImport.mapTo', { name: c })}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </section>
          )}
          <div className="outline-compare">
            <SourceView text={preview.text} spans={preview.spans} />
            {draft ? (
              <OutlineForm outline={draft} onChange={setDraft} onReshape={commit.reset} />
            ) : (
              <p>{t('planImport.fileAsIs')}</p>
            )}
          </div>
          <Button
            type="primary"
            size="large"
            data-test="outline-commit"
            loading={commit.isPending}
            disabled={!preview.outline}
            onClick={save}
          >
            {t('planImport.commit')}
          </Button>
        </>
      )}
    </div>
  );
}
