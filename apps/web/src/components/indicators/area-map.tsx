// ECharts map of Panjin's four county-level areas coloured by one figure; the zones have no polygon and are listed apart.
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

let geo: Promise<void> | null = null;
function loadGeo(): Promise<void> {
  geo ??= fetch('/geo/panjin-211100.geojson')
    .then((r) => r.json())
    .then((json) => echarts.registerMap('panjin', json));
  return geo;
}

interface Props {
  data: { name: string; value: number | null }[];
  label: string;
  fontSize: number;
  format: (v: number | null) => string;
}

export function AreaMap({ data, label, fontSize, format }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void loadGeo().then(() => setReady(true));
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element || !ready) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    const values = data.map((d) => d.value).filter((v): v is number => v !== null);
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        textStyle: { fontSize },
        formatter: (p: { name: string; value: number }) =>
          `${p.name}<br/>${format(Number.isFinite(p.value) ? p.value : null)}`,
      },
      visualMap: {
        min: values.length ? Math.min(...values) : 0,
        max: values.length ? Math.max(...values) : 1,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        text: [
          format(values.length ? Math.max(...values) : null),
          format(values.length ? Math.min(...values) : null),
        ],
        textStyle: { fontSize, color: '#1f1f1f' },
        inRange: { color: ['#e6f0ff', '#6aa1f0', '#0b3d91'] },
      },
      series: [
        {
          type: 'map',
          map: 'panjin',
          roam: false,
          labelLayout: { hideOverlap: true },
          top: 8,
          bottom: 56,
          label: {
            show: true,
            fontSize,
            color: '#1f1f1f',
            backgroundColor: 'rgba(255,255,255,0.85)',
            padding: [2, 4],
            borderRadius: 3,
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1.5, areaColor: '#f0f0f0' },
          emphasis: { label: { fontSize, color: '#000' }, itemStyle: { areaColor: '#ffd591' } },
          data: data.map((d) => ({ name: d.name, value: d.value ?? Number.NaN })),
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [ready, data, fontSize, format]);
  return (
    <div
      ref={ref}
      className="ind-map"
      role="img"
      aria-label={label}
      data-test="ind-map"
      data-ready={ready ? 'yes' : 'no'}
    />
  );
}
