// Experts as a table: name (linked to the expert), title, organisation, topics, areas, pools, the masked phone.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExpertView, PoolView } from '../../api/experts/experts.ts';
import { DemoTag } from '../volunteers/demo-tag.tsx';
import { topicLabel } from './topics.ts';

export function ExpertsTable(p: {
  experts: ExpertView[];
  pools: PoolView[];
  test: string;
  showPools?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const pool = (id: number) => p.pools.find((x) => x.id === id)?.name ?? '';
  if (!p.experts.length) return <p className="muted">{t('experts.none')}</p>;
  return (
    <div className="svc-scroll">
      <table className="svc-table" data-test={p.test}>
        <thead>
          <tr>
            <th scope="col">{t('experts.list.name')}</th>
            <th scope="col">{t('experts.list.title')}</th>
            <th scope="col">{t('experts.list.organisation')}</th>
            <th scope="col">{t('experts.list.topics')}</th>
            <th scope="col">{t('experts.list.areas')}</th>
            {p.showPools !== false && <th scope="col">{t('experts.list.pools')}</th>}
            <th scope="col">{t('experts.list.phone')}</th>
          </tr>
        </thead>
        <tbody>
          {p.experts.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link to={`/experts/${e.id}`}>{e.name}</Link> {e.demo && <DemoTag />}
              </th>
              <td>{e.title}</td>
              <td>{e.organisation}</td>
              <td>{e.topics.map((x) => topicLabel(x, i18n.language)).join('、')}</td>
              <td>{e.areas.map((a) => a.name).join('、')}</td>
              {p.showPools !== false && <td>{e.poolIds.map(pool).join('、')}</td>}
              <td>{e.phone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
