// Horizontal bars of one figure by area (the same numbers as the table beside it).
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

interface Props {
  rows: { name: string; value: number | null; previous: number | null }[];
  label: string;
  names: { current: string; previous: string };
  fontSize: number;
}

export function AreaBars({ rows, label, names, fontSize }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      textStyle: { fontSize },
      tooltip: { trigger: 'axis', textStyle: { fontSize } },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { fontSize, color: '#1f1f1f' } },
      xAxis: {
        type: 'value',
        axisLabel: { fontSize: fontSize - 2, color: '#1f1f1f' },
        splitLine: { lineStyle: { color: '#d9d9d9' } },
      },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        inverse: true,
        axisLabel: { fontSize: fontSize - 2, color: '#1f1f1f' },
      },
      series: [
        {
          name: names.previous,
          type: 'bar',
          data: rows.map((r) => r.previous),
          itemStyle: { color: '#8c8c8c' },
        },
        { name: names.current, type: 'bar', data: rows.map((r) => r.value), itemStyle: { color: '#0b4f9c' } },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [rows, names, fontSize]);
  return (
    <div
      ref={ref}
      className="ind-bars"
      role="img"
      aria-label={label}
      style={{ height: Math.max(220, rows.length * 44 + 60) }}
      data-test="ind-bars"
    />
  );
}
