// ECharts drawing of the literacy targets (points) and the compound-growth trajectory between them (line).
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target, TrajectoryPoint } from '../api/core/types.ts';
import { colors } from '../theme.ts';
import { formatTarget } from './targets-table.tsx';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Props {
  targets: Target[];
  trajectory: TrajectoryPoint[];
  fontSize: number;
}

export function TargetsChart({ targets, trajectory, fontSize }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    const years = [...targets.map((x) => x.year), ...trajectory.map((x) => x.year)];
    const first = Math.min(...years);
    const last = Math.max(...years);
    // labels at the ends lean inwards so they do not sit on the axis or fall off the chart
    const point = (x: Target) => ({
      value: [x.year, x.value],
      label: {
        formatter: formatTarget(x),
        align:
          x.year === first ? ('left' as const) : x.year === last ? ('right' as const) : ('center' as const),
      },
    });
    const label = {
      show: true,
      position: 'top' as const,
      fontSize,
      color: '#1f1f1f',
      fontWeight: 'bold' as const,
    };
    chart.setOption({
      animation: false,
      textStyle: { fontSize },
      grid: { left: 56, right: 24, top: 56, bottom: 48 },
      legend: { top: 0, textStyle: { fontSize, color: '#1f1f1f' }, itemGap: 16 },
      tooltip: { trigger: 'item', textStyle: { fontSize } },
      xAxis: {
        type: 'value',
        min: first,
        max: last,
        interval: 5,
        axisLabel: { formatter: (v: number) => String(v), fontSize, color: '#1f1f1f' },
      },
      yAxis: {
        type: 'value',
        min: 0,
        axisLabel: { formatter: (v: number) => `${v}%`, fontSize, color: '#1f1f1f' },
        splitLine: { lineStyle: { color: '#d9d9d9' } },
      },
      series: [
        {
          name: t('targets.trajectory'),
          type: 'line',
          data: trajectory.map((x) => [x.year, x.value]),
          showSymbol: false,
          lineStyle: { width: 3, color: colors.lead, type: 'dashed' },
          itemStyle: { color: colors.lead },
          tooltip: { valueFormatter: (v: unknown) => String(v) },
        },
        {
          name: t('targets.kind.baseline'),
          type: 'scatter',
          symbol: 'circle',
          symbolSize: 16,
          itemStyle: { color: colors.baseline },
          data: targets.filter((x) => x.kind === 'baseline').map(point),
          label,
        },
        {
          name: t('targets.kind.target'),
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 20,
          itemStyle: { color: colors.target },
          data: targets.filter((x) => x.kind === 'target').map(point),
          label,
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [targets, trajectory, fontSize, t]);

  const summary = targets.map((x) => `${x.year} ${formatTarget(x)}`).join(', ');
  return (
    <div
      ref={ref}
      className="targets-chart"
      role="img"
      aria-label={t('targets.chartLabel', { summary })}
      data-test="targets-chart"
    />
  );
}
