// Works as a table a page at a time: title (linked), kind, state (a word and a mark), topics, unit, version, reads.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkRecord } from '../../api/content/content.ts';
import { usePaged } from '../list-pager.tsx';
import { DemoTag } from '../volunteers/demo-tag.tsx';
import { useCntWords } from './labels.ts';
import { StateTag } from './state-tag.tsx';

export function WorksTable({ works }: { works: WorkRecord[] }) {
  const { t } = useTranslation();
  const l = useCntWords();
  const { rows, pager } = usePaged(works, 20, t('content.heading'));
  if (!works.length) return <p className="muted">{t('content.none')}</p>;
  return (
    <>
      <div className="svc-scroll">
        <table className="svc-table svc-text" data-test="cnt-works">
          <thead>
            <tr>
              <th scope="col">{t('content.list.title')}</th>
              <th scope="col">{t('content.list.kind')}</th>
              <th scope="col">{t('content.list.state')}</th>
              <th scope="col">{t('content.list.topics')}</th>
              <th scope="col">{t('content.list.unit')}</th>
              <th scope="col">{t('content.list.version')}</th>
              <th scope="col">{t('content.list.reads')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <tr key={w.id}>
                <th scope="row">
                  <Link to={`/content/${w.id}`} data-test={`cnt-work-${w.id}`}>
                    {w.title}
                  </Link>{' '}
                  {w.demo && <DemoTag />}
                </th>
                <td>{l.kinds[w.kind]}</td>
                <td>
                  <StateTag state={w.state} />
                </td>
                <td>{l.list(w.topics, l.topics)}</td>
                <td>{w.unitName ?? t('content.form.office')}</td>
                <td>{w.version}</td>
                <td>{w.reads}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
    </>
  );
}
