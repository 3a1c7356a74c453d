// ECharts map of Panjin's four county-level areas coloured by one figure; the zones have no polygon and are listed apart.
// An area without a value is hatched grey and named in the legend under "no data"; one value alone is one colour.
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

let geo: Promise<void> | null = null;
function loadGeo(): Promise<void> {
  geo ??= fetch('/geo/panjin-211100.geojson')
    .then((r) => r.json())
    .then((json: { features: { properties: { name: string; cp?: [number, number] } }[] }) => {
      for (const f of json.features) f.properties.cp = labelAt[f.properties.name] ?? f.properties.cp;
      echarts.registerMap('panjin', json as never);
    });
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
  data: { name: string; value: number | null }[];
  label: string;
  fontSize: number;
  format: (v: number | null) => string;
}

export function AreaMap({ data, label, fontSize, format }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const scale = useMemo(() => mapScale(data.map((d) => d.value)), [data]);
  const noData = data.filter((d) => colourOf(scale, d.value) === null).map((d) => d.name);
  const noValue = t('ind.noValue');
  useEffect(() => {
    void loadGeo().then(() => setReady(true));
  }, []);
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
          map: 'panjin',
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
  }, [ready, data, scale, fontSize, format, noValue]);
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
