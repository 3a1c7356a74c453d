// The map's colours: a ramp from the lowest to the highest value, one colour when every area with a value has the
// same one (no "0.28–0.28" range), and no colour for an area without a value (drawn hatched as "no data").

const ramp = ['#e6f0ff', '#6aa1f0', '#0b3d91'] as const;
/** The colour of an area with the only value there is. */
export const singleColour = ramp[1];
/** CSS of the legend's ramp, low to high. */
export const rampCss = `linear-gradient(to right, ${ramp.join(', ')})`;

export type MapScale =
  | { kind: 'none' }
  | { kind: 'single'; value: number }
  | { kind: 'range'; min: number; max: number };

export function mapScale(values: readonly (number | null)[]): MapScale {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!known.length) return { kind: 'none' };
  const min = Math.min(...known);
  const max = Math.max(...known);
  return min === max ? { kind: 'single', value: min } : { kind: 'range', min, max };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const hex = (c: number[]) => `#${c.map((x) => Math.round(x).toString(16).padStart(2, '0')).join('')}`;

/** An area's fill: along the ramp by its place between min and max; null for no value. */
export function colourOf(scale: MapScale, v: number | null): string | null {
  if (v === null || !Number.isFinite(v) || scale.kind === 'none') return null;
  if (scale.kind === 'single') return singleColour;
  const t = (Math.min(Math.max(v, scale.min), scale.max) - scale.min) / (scale.max - scale.min);
  const at = t * (ramp.length - 1);
  const i = Math.min(Math.floor(at), ramp.length - 2);
  const [a, b] = [rgb(ramp[i]), rgb(ramp[i + 1])];
  return hex(a.map((x, k) => x + (b[k] - x) * (at - i)));
}
