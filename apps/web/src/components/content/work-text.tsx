// A version's text as the reader sees it: the summary, a rumour card (claim, verdict, sources), the paragraphs and
// the media link.

import { useTranslation } from 'react-i18next';
import type { VersionRecord } from '../../api/content/content.ts';
import { useCntWords } from './labels.ts';

export const paragraphs = (s: string) =>
  s
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

export function WorkText({ v }: { v: VersionRecord }) {
  const { t } = useTranslation();
  const l = useCntWords();
  return (
    <div className="cnt-text" data-test="cnt-text">
      {v.summary && (
        <p>
          <strong>{t('content.form.summary')}</strong> {v.summary}
        </p>
      )}
      {v.rumour && (
        <dl className="cnt-facts" data-test="cnt-rumour">
          <dt>{t('content.form.claim')}</dt>
          <dd>{v.rumour.claim}</dd>
          <dt>{t('content.form.verdict')}</dt>
          <dd>{l.verdicts[v.rumour.verdict]}</dd>
          {v.rumour.sources.length > 0 && (
            <>
              <dt>{t('content.detail.sources')}</dt>
              <dd>
                <ul>
                  {v.rumour.sources.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
      {paragraphs(v.body).map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs are positions in the text
        <p key={i}>{p}</p>
      ))}
      {v.mediaUrl && (
        <p>
          <a href={v.mediaUrl} rel="noopener noreferrer" target="_blank">
            {v.mediaUrl}
          </a>
        </p>
      )}
    </div>
  );
}
