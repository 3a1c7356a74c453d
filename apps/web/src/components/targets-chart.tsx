// SVG drawing of the literacy targets (points) and the compound-growth trajectory between them (dashed line).
// Drawn by hand rather than with ECharts: the plan page is where every visit starts, and a chart library there would
// double the JavaScript of the first page for four points and a line.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumericTarget, TrajectoryPoint } from '../api/core/types.ts';
import { colors } from '../theme.ts';
import { formatTarget } from './targets-table.tsx';

/** A survey estimate (percent) with its interval: a published survey run's literacy value. */
export interface SurveyedPoint {
  year: number;
  value: number;
  ci: [number, number];
}

interface Props {
  targets: NumericTarget[];
  trajectory: TrajectoryPoint[];
  fontSize: number;
  surveyed?: SurveyedPoint[];
}

const TEXT = '#1f1f1f';
const GRID = '#d9d9d9';
const AXIS = '#595959';
const margin = { left: 56, right: 24, top: 36, bottom: 32 };

/** A step of 1, 2, 3, 5 or 10 × 10ⁿ close to range / count (the steps a person would choose). */
export function niceStep(range: number, count: number): number {
  const raw = range / count;
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10) * power;
}

function diamond(x: number, y: number, r: number): string {
  return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
}

export function TargetsChart({ targets, trajectory, fontSize, surveyed = [] }: Props) {
  const { t } = useTranslation();
  const plot = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const element = plot.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const pointText = (p: SurveyedPoint) =>
    t('targets.surveyedPoint', { year: p.year, value: p.value, low: p.ci[0], high: p.ci[1] });
  const summary = [...targets.map((x) => `${x.year} ${formatTarget(x)}`), ...surveyed.map(pointText)].join(
    ', ',
  );
  const years = [
    ...targets.map((x) => x.year),
    ...trajectory.map((x) => x.year),
    ...surveyed.map((p) => p.year),
  ];
  const values = [
    ...targets.map((x) => x.value),
    ...trajectory.map((x) => x.value),
    ...surveyed.map((p) => p.ci[1]),
  ];
  const first = years.length ? Math.min(...years) : 0;
  const last = years.length ? Math.max(...years, first + 1) : 1;
  const step = niceStep(Math.max(...values, 1), 5);
  const top = Math.ceil(Math.max(...values, step) / step) * step;

  const { width, height } = size;
  const innerWidth = Math.max(width - margin.left - margin.right, 1);
  const innerHeight = Math.max(height - margin.top - margin.bottom, 1);
  const x = (year: number) => margin.left + ((year - first) / (last - first)) * innerWidth;
  const y = (value: number) => margin.top + innerHeight - (value / top) * innerHeight;

  const xTicks: number[] = [];
  for (let year = Math.ceil(first / 5) * 5; year <= last; year += 5) xTicks.push(year);
  if (xTicks[0] !== first) xTicks.unshift(first);
  if (xTicks[xTicks.length - 1] !== last) xTicks.push(last);
  const yTicks: number[] = [];
  for (let v = 0; v <= top + step / 1000; v += step) yTicks.push(Math.round(v * 1000) / 1000);

  const line = trajectory.map((p, i) => `${i ? 'L' : 'M'}${x(p.year)} ${y(p.value)}`).join('');
  const kindName = { baseline: t('targets.kind.baseline'), target: t('targets.kind.target') };
  const anchor = (year: number) => (year === first ? 'start' : year === last ? 'end' : 'middle');

  return (
    <div
      className="targets-chart"
      role="img"
      aria-label={t('targets.chartLabel', { summary })}
      data-test="targets-chart"
    >
      <ul className="targets-legend" aria-hidden style={{ fontSize }}>
        <li>
          <svg width="32" height="16" aria-hidden="true">
            <path d="M2 8H30" stroke={colors.lead} strokeWidth="3" strokeDasharray="6 4" />
          </svg>
          {t('targets.trajectory')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill={colors.baseline} />
          </svg>
          {kindName.baseline}
        </li>
        <li>
          <svg width="20" height="20" aria-hidden="true">
            <path d={diamond(10, 10, 9)} fill={colors.target} />
          </svg>
          {kindName.target}
        </li>
        {surveyed.length > 0 && (
          <li>
            <svg width="16" height="20" aria-hidden="true">
              <path d="M8 1V19M4 1H12M4 19H12" stroke={colors.survey} strokeWidth="2" />
              <rect x="4" y="6" width="8" height="8" fill={colors.survey} />
            </svg>
            {t('targets.surveyed')}
          </li>
        )}
      </ul>
      <div className="targets-plot" ref={plot}>
        {width > 0 && (
          <svg width={width} height={height} aria-hidden="true" fontSize={fontSize} fill={TEXT}>
            {yTicks.map((v) => (
              <g key={`y${v}`}>
                <path d={`M${margin.left} ${y(v)}H${margin.left + innerWidth}`} stroke={GRID} />
                <text x={margin.left - 8} y={y(v)} textAnchor="end" dominantBaseline="middle">
                  {`${v}%`}
                </text>
              </g>
            ))}
            {xTicks.map((year) => (
              <g key={`x${year}`}>
                <path d={`M${x(year)} ${margin.top}V${margin.top + innerHeight}`} stroke={GRID} />
                <path d={`M${x(year)} ${margin.top + innerHeight}v5`} stroke={AXIS} />
                <text
                  x={x(year)}
                  y={margin.top + innerHeight + 8}
                  textAnchor="middle"
                  dominantBaseline="hanging"
                >
                  {year}
                </text>
              </g>
            ))}
            <path
              d={`M${margin.left} ${margin.top}V${margin.top + innerHeight}H${margin.left + innerWidth}`}
              stroke={AXIS}
              fill="none"
            />
            {line && (
              <path d={line} fill="none" stroke={colors.lead} strokeWidth="3" strokeDasharray="9 6">
                <title>{t('targets.trajectory')}</title>
              </path>
            )}
            {trajectory.map((p) => (
              <circle key={`t${p.year}`} cx={x(p.year)} cy={y(p.value)} r="6" fill="transparent">
                <title>{`${t('targets.trajectory')} ${p.year}: ${p.value}`}</title>
              </circle>
            ))}
            {surveyed.map((p) => {
              const cx = x(p.year);
              return (
                <g key={`s${p.year}`} data-test="targets-surveyed">
                  <title>{pointText(p)}</title>
                  <path
                    d={`M${cx} ${y(p.ci[0])}V${y(p.ci[1])}M${cx - 6} ${y(p.ci[0])}H${cx + 6}M${cx - 6} ${y(p.ci[1])}H${cx + 6}`}
                    stroke={colors.survey}
                    strokeWidth="2"
                  />
                  <rect x={cx - 6} y={y(p.value) - 6} width="12" height="12" fill={colors.survey} />
                </g>
              );
            })}
            {targets.map((target) => {
              const cx = x(target.year);
              const cy = y(target.value);
              const label = formatTarget(target);
              return (
                <g key={`${target.kind}${target.year}${target.indicator}`}>
                  <title>{`${kindName[target.kind]} ${target.year}: ${label}`}</title>
                  {target.kind === 'baseline' ? (
                    <circle cx={cx} cy={cy} r="8" fill={colors.baseline} />
                  ) : (
                    <path d={diamond(cx, cy, 10)} fill={colors.target} />
                  )}
                  <text x={cx} y={cy - 14} textAnchor={anchor(target.year)} fontWeight="bold">
                    {label}
                  </text>
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </div>
  );
}
