// Area tree: the jurisdiction's districts, counties, zones, towns and streets, each with its latest population (year and
// source) from the yearly figures; editing enters a year's figure through the same form and API as the populations page.
import { Card, Descriptions, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAreas } from '../api/core/areas.ts';
import { useAbilities } from '../api/core/session.ts';
import type { Area } from '../api/core/types.ts';
import { PopulationForm } from '../components/indicators/entry/population-form.tsx';
import { EmptyNotice, QueryState } from '../components/query-state.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { DATA_LANG } from '../i18n/index.ts';
import '../components/indicators/entry/ind-data.css';

interface Indexed {
  byCode: Map<string, Area>;
  parent: Map<string, string | null>;
}

function index(areas: Area[]): Indexed {
  const byCode = new Map<string, Area>();
  const parent = new Map<string, string | null>();
  const walk = (list: Area[], parentCode: string | null) => {
    for (const area of list) {
      byCode.set(area.code, area);
      parent.set(area.code, parentCode);
      walk(area.children ?? [], area.code);
    }
  };
  walk(areas, null);
  return { byCode, parent };
}

const levelOrder: Record<string, number> = { city: 0, district: 1, zone: 2, town: 3 };

/** Districts and counties by code, then the development zones (which report like districts). */
function sortAreas(areas: Area[]): Area[] {
  return [...areas].sort(
    (a, b) => (levelOrder[a.level] ?? 9) - (levelOrder[b.level] ?? 9) || a.code.localeCompare(b.code),
  );
}

/** True when one of `roots` is the area itself or one of its ancestors. */
function covers(roots: string[] | 'all', code: string, parent: Map<string, string | null>): boolean {
  if (roots === 'all') return true;
  for (let c: string | null | undefined = code; c; c = parent.get(c)) if (roots.includes(c)) return true;
  return false;
}

export default function AreasScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('areas.pageTitle'));
  const query = useAreas();
  const abilities = useAbilities();
  const [selected, setSelected] = useState<string | null>(null);
  // antd's Tree takes keys through a hidden input labelled "for screen reader" in English (@rc-component/tree):
  // it gets the tree's own name
  const treeCard = useRef<HTMLDivElement>(null);
  useEffect(() => {
    treeCard.current
      ?.querySelector('input[aria-label="for screen reader"]')
      ?.setAttribute('aria-label', t('areas.treeLabel'));
  });
  const numbers = new Intl.NumberFormat(i18n.language);
  const indexed = useMemo(() => index(query.data ?? []), [query.data]);

  const toNodes = (areas: Area[]): DataNode[] =>
    sortAreas(areas).map((area) => ({
      key: area.code,
      title: (
        <span className="area-node" data-test={`area-${area.code}`}>
          <span className="area-name" lang={DATA_LANG}>
            {area.name}
          </span>{' '}
          <span className="area-code">{area.code}</span>
          {area.population != null && (
            <span className="area-population">
              {t('areas.populationShort', {
                population: numbers.format(area.population),
                year: area.populationYear ?? '',
              })}
            </span>
          )}
        </span>
      ),
      children: toNodes(area.children ?? []),
    }));

  const area = selected ? indexed.byCode.get(selected) : undefined;
  const canEdit = area ? covers(abilities['area.edit'], area.code, indexed.parent) : false;

  return (
    <div className="page" data-test="areas-page">
      <h1>{t('areas.heading')}</h1>
      <p className="muted">{t('areas.intro')}</p>
      <QueryState query={query}>
        {(areas) =>
          areas.length === 0 ? (
            <EmptyNotice text={t('areas.empty')} />
          ) : (
            <div className="split-layout">
              <Card className="tree-card" ref={treeCard}>
                <Tree
                  treeData={toNodes(areas)}
                  defaultExpandedKeys={areas.map((a) => a.code)}
                  selectedKeys={selected ? [selected] : []}
                  onSelect={(keys) => setSelected(keys.length ? String(keys[0]) : null)}
                  aria-label={t('areas.treeLabel')}
                  data-test="area-tree"
                  blockNode
                />
              </Card>
              <Card className="detail-card" data-test="area-detail">
                {!area ? (
                  <p className="muted">{t('areas.selectHint')}</p>
                ) : (
                  <>
                    <h2 className="card-heading" data-test="area-detail-name" lang={DATA_LANG}>
                      {area.name}
                    </h2>
                    <Descriptions
                      column={1}
                      size="small"
                      items={[
                        { key: 'code', label: t('areas.code'), children: area.code },
                        {
                          key: 'level',
                          label: t('areas.level'),
                          children: t(`areas.levels.${area.level}`, { defaultValue: String(area.level) }),
                        },
                        {
                          key: 'population',
                          label: t('areas.population'),
                          children:
                            area.population != null
                              ? t('areas.populationValue', {
                                  population: numbers.format(area.population),
                                  year: area.populationYear ?? '—',
                                })
                              : t('areas.populationUnknown'),
                        },
                        ...(area.populationSource
                          ? [
                              {
                                key: 'source',
                                label: t('areas.populationSource'),
                                children: area.populationSource,
                              },
                            ]
                          : []),
                      ]}
                    />
                    <p>
                      <Link to="/indicators/populations" data-test="area-populations-link">
                        {t('indData.populations.allYears')}
                      </Link>
                    </p>
                    {canEdit ? (
                      <PopulationForm
                        key={area.code}
                        area={area.code}
                        areas={[{ value: area.code, label: area.name }]}
                        editing={null}
                      />
                    ) : (
                      <p className="muted" data-test="area-readonly">
                        {t('areas.readOnly')}
                      </p>
                    )}
                  </>
                )}
              </Card>
            </div>
          )
        }
      </QueryState>
    </div>
  );
}
