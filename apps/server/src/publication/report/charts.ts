// The report's charts drawn on the server: ECharts' server-side SVG (no browser, no DOM) and the district map's SVG,
// rasterised to PNG by resvg with the CJK font, for the .docx and the PDF.

import type { ReportChart, ReportMap } from '@kepu/domain/publication';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { districtMap } from '../map-svg.ts';
import { CJK_FONT_FAMILY, CJK_FONT_FILE } from './fonts.ts';

const W = 720;
const H = 360;

export function chartSvg(c: ReportChart): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: W, height: H });
  const textStyle = { fontFamily: CJK_FONT_FAMILY, fontSize: 14, color: '#222' };
  const targets = c.targets ?? [];
  const categories = [...new Set([...c.categories, ...targets.map((t) => t.year)])].sort();
  const at = (year: string) => c.values[c.categories.indexOf(year)] ?? null;
  chart.setOption({
    animation: false,
    textStyle,
    grid: { left: 60, right: 30, top: 40, bottom: 50 },
    legend: { top: 5, textStyle },
    xAxis: {
      type: 'category',
      data: c.kind === 'literacy' ? categories : c.categories,
      axisLabel: textStyle,
    },
    yAxis: { type: 'value', axisLabel: textStyle, max: c.kind === 'progress' ? 100 : undefined },
    series:
      c.kind === 'literacy'
        ? [
            {
              name: '实测值',
              type: 'line',
              data: categories.map(at),
              connectNulls: true,
              symbol: 'circle',
              symbolSize: 8,
              label: { show: true, ...textStyle },
              lineStyle: { width: 3, color: '#1d4e89' },
              itemStyle: { color: '#1d4e89' },
            },
            {
              name: '规划目标',
              type: 'scatter',
              data: categories.map((y) => targets.find((t) => t.year === y)?.value ?? null),
              symbol: 'diamond',
              symbolSize: 14,
              label: { show: true, position: 'top', ...textStyle },
              itemStyle: { color: '#b35900' },
            },
          ]
        : [
            {
              name: '推进进度（%）',
              type: 'bar',
              data: c.values,
              label: { show: true, position: 'top', ...textStyle },
              itemStyle: { color: '#1d4e89' },
            },
          ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** An SVG as a PNG twice `width` wide (sharp in print), with its size in points at `width`. */
function svgPng(svg: string, width: number): { png: Buffer; width: number; height: number } {
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { fontFiles: [CJK_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY },
    background: '#ffffff',
  });
  const img = r.render();
  return { png: img.asPng(), width, height: Math.round((img.height / img.width) * width) };
}

export const chartPng = (c: ReportChart) => svgPng(chartSvg(c), W);

/** The districts coloured by their figure and labelled (the portal's map, drawn from the same GeoJSON). */
export function mapPng(m: ReportMap) {
  const values = new Map(m.areas.map((a) => [a.code, a.value]));
  const svg = districtMap(
    m.jurisdiction,
    values,
    (v) => (v === null ? '暂无数据' : `${v}%`),
    m.caption,
    CJK_FONT_FAMILY,
  );
  return svg ? svgPng(svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '), W) : null;
}
