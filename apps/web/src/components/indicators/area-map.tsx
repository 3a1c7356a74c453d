// ECharts map of the jurisdiction's county-level areas coloured by one figure; the zones have no polygon and are listed
// apart. An area without a value is hatched grey and named in the legend under "no data"; one value alone is one
// colour. The boundaries are the jurisdiction's file in public/geo/manifest.json (by area code); a jurisdiction
// without one gets its figures as a ranked table, saying so (issue 13).
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { colourOf, mapScale, rampCss, singleColour } from './map-scale.ts';

echarts.use([MapChart, TooltipComponent, SVGRenderer]);

/**
 * Where each area's name sits (longitude, latitude): 盘山县 wraps around 双台子区 and 兴隆台区, whose own centres
 * all fall within a few pixels of each other; these points keep the names apart at 375 px and wider.
 */
const labelAt: Record<string, [number, number]> = {
  盘山县: [121.74, 41.29],
  双台子区: [122.03, 41.215],
  兴隆台区: [122.06, 41.135],
  大洼区: [122.05, 40.86],
};

/** A boundary file: `schematic` marks demo boundaries that are not the real divisions (示意). */
type GeoEntry = { file: string; schematic: boolean };
type Geo = 'none' | { schematic: boolean };

let manifest: Promise<Record<string, GeoEntry>> | null = null;
const geos = new Map<string, Promise<Geo>>();
/** Registers the area's boundaries as map `code`; 'none' when the manifest has no file for it. */
function loadGeo(code: string): Promise<Geo> {
  manifest ??= fetch('/geo/manifest.json').then((r) => (r.ok ? r.json() : {}));
  let geo = geos.get(code);
  if (!geo) {
    geo = manifest.then(async (m) => {
      const entry = m[code];
      if (!entry) return 'none';
      const json: { features: { properties: { name: string; cp?: [number, number] } }[] } = await (
        await fetch(`/geo/${entry.file}`)
      ).json();
      for (const f of json.features) f.properties.cp = labelAt[f.properties.name] ?? f.properties.cp;
      echarts.registerMap(code, json as never);
      return { schematic: entry.schematic };
    });
    geos.set(code, geo);
  }
  return geo;
}

const noDataFill = '#f0f0f0';
const hatch = {
  symbol: 'rect',
  color: 'rgba(0, 0, 0, 0.22)',
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  rotation: -Math.PI / 4,
};

interface Props {
  /** the root area whose county-level areas the map shows */
  area: { code: string; name: string };
  data: { name: string; value: number | null }[];
  label: string;
  fontSize: number;
  format: (v: number | null) => string;
}

export function AreaMap({ area, data, label, fontSize, format }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [geo, setGeo] = useState<Geo | null>(null);
  const ready = geo !== null && geo !== 'none';
  const scale = useMemo(() => mapScale(data.map((d) => d.value)), [data]);
  const noData = data.filter((d) => colourOf(scale, d.value) === null).map((d) => d.name);
  const noValue = t('ind.noValue');
  useEffect(() => {
    setGeo(null);
    void loadGeo(area.code).then(setGeo);
  }, [area.code]);
  useEffect(() => {
    const element = ref.current;
    if (!element || !ready) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        textStyle: { fontSize },
        formatter: (p: { name: string; value: number }) =>
          `${p.name}<br/>${Number.isFinite(p.value) ? format(p.value) : noValue}`,
      },
      series: [
        {
          type: 'map',
          map: area.code,
          roam: false,
          top: 8,
          bottom: 8,
          label: {
            show: true,
            fontSize,
            color: '#1f1f1f',
            backgroundColor: 'rgba(255,255,255,0.85)',
            padding: [2, 4],
            borderRadius: 3,
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1.5, areaColor: noDataFill },
          emphasis: { label: { fontSize, color: '#000' }, itemStyle: { areaColor: '#ffd591' } },
          data: data.map((d) => {
            const colour = colourOf(scale, d.value);
            return {
              name: d.name,
              value: d.value ?? Number.NaN,
              itemStyle: colour ? { areaColor: colour } : { areaColor: noDataFill, decal: hatch },
            };
          }),
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [ready, area.code, data, scale, fontSize, format, noValue]);
  if (geo === 'none') return <RankedAreas area={area.name} data={data} format={format} />;
  return (
    <figure className="ind-map-figure">
      <div
        ref={ref}
        className="ind-map"
        role="img"
        aria-label={label}
        data-test="ind-map"
        data-ready={ready ? 'yes' : 'no'}
      />
      <figcaption className="ind-map-legend" data-test="ind-map-legend">
        {ready && geo.schematic && (
          <span className="ind-legend-entry" data-test="ind-map-schematic">
            {t('ind.schematic')}
          </span>
        )}
        {scale.kind === 'range' && (
          <span className="ind-legend-entry" data-test="ind-map-range">
            <span>{format(scale.min)}</span>
            <span className="ind-legend-ramp" style={{ background: rampCss }} aria-hidden="true" />
            <span>{format(scale.max)}</span>
          </span>
        )}
        {scale.kind === 'single' && (
          <span className="ind-legend-entry" data-test="ind-map-range">
            <span className="ind-legend-swatch" style={{ background: singleColour }} aria-hidden="true" />
            <span>{format(scale.value)}</span>
          </span>
        )}
        {noData.length > 0 && (
          <span className="ind-legend-entry" data-test="ind-map-no-data">
            <span className="ind-legend-swatch ind-legend-no-data" aria-hidden="true" />
            <span>{t('ind.noDataAreas', { areas: noData.join(i18n.language === 'en' ? ', ' : '、') })}</span>
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** The figures from the highest down, for a jurisdiction whose boundaries the app does not have. */
function RankedAreas({ area, data, format }: { area: string; data: Props['data']; format: Props['format'] }) {
  const { t } = useTranslation();
  const ranked = [...data].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return (
    <div data-test="ind-map-ranked">
      <p className="muted">{t('ind.noBoundary', { area })}</p>
      <table className="ind-ranked">
        <thead>
          <tr>
            <th scope="col">{t('ind.rank')}</th>
            <th scope="col">{t('ind.area')}</th>
            <th scope="col">{t('ind.figure')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((d, k) => (
            <tr key={d.name}>
              <td>{d.value === null ? '—' : k + 1}</td>
              <th scope="row">{d.name}</th>
              <td className="ind-ranked-value">{format(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
