// The source text with each group heading, task, unit and target the parser read marked where it came from.
import type { SourceSpan } from '@kepu/domain';
import { useTranslation } from 'react-i18next';
import { DATA_LANG } from '../../i18n/index.ts';

type Mark = 'group' | 'task' | 'unit' | 'target';
const rank: Record<Mark, number> = { group: 1, task: 2, target: 3, unit: 4 };

function markOf(path: string): Mark | undefined {
  if (/\.(leadUnits|responsibleUnits)\[\d+\]$/.test(path)) return 'unit';
  if (/^targets\[\d+\]$/.test(path)) return 'target';
  if (/^groups\[\d+\]\.tasks\[\d+\]$/.test(path)) return 'task';
  if (/^groups\[\d+\]$/.test(path)) return 'group';
  return undefined;
}

/** Segments of the text, each with the most specific mark over it (a unit inside a task is a unit). */
export function markedSegments(text: string, spans: Record<string, SourceSpan>) {
  const marks = new Uint8Array(text.length);
  const names: Mark[] = ['group', 'group', 'task', 'target', 'unit'];
  for (const [path, s] of Object.entries(spans)) {
    const m = markOf(path);
    if (!m) continue;
    // a group or task: its first line only, so the prose under it stays readable
    const end =
      m === 'group' || m === 'task'
        ? Math.min(s.end, text.indexOf('\n', s.start) < 0 ? s.end : text.indexOf('\n', s.start))
        : s.end;
    for (let i = s.start; i < end && i < text.length; i++) if (marks[i] < rank[m]) marks[i] = rank[m];
  }
  const out: { text: string; mark?: Mark }[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++)
    if (i === text.length || marks[i] !== marks[from]) {
      out.push({ text: text.slice(from, i), ...(marks[from] ? { mark: names[marks[from]] } : {}) });
      from = i;
    }
  return out;
}

export function SourceView({ text, spans }: { text: string; spans: Record<string, SourceSpan> }) {
  const { t } = useTranslation();
  return (
    <section className="outline-source" aria-labelledby="outline-source-heading">
      <h2 id="outline-source-heading">{t('planImport.source')}</h2>
      <p className="muted">{t('planImport.legend')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached by keyboard (axe scrollable-region-focusable) */}
      <pre className="outline-source-text" lang={DATA_LANG} data-test="outline-source" tabIndex={0}>
        {markedSegments(text, spans).map((s, i) =>
          s.mark ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments of one text, in order
            <mark key={i} className={`outline-mark-${s.mark}`} data-mark={s.mark}>
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </pre>
    </section>
  );
}
