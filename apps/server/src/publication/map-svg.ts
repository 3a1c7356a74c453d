// The districts as an SVG drawn on the server from the web app's GeoJSON: each district filled by its figure's band
// AND labelled with its name and figure (no information by colour alone); districts without data hatched. The portal
// shows it inline (its stylesheet may enlarge the labels), the annual report rasterises it (resvg reads the attributes).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Ring = [number, number][];
interface Feature {
  properties: { adcode: number; name: string; centroid?: [number, number]; center?: [number, number] };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] };
}

const geoDir = () =>
  join(dirname(createRequire(import.meta.url).resolve('@kepu/web/package.json')), 'public', 'geo');
const loaded = new Map<string, Feature[]>();

/** The jurisdiction's district shapes (empty when the web package ships none for it). */
export function districtShapes(code: string): Feature[] {
  const hit = loaded.get(code);
  if (hit) return hit;
  let features: Feature[] = [];
  try {
    const file = readdirSync(geoDir()).find((f) => f.endsWith(`-${code}.geojson`));
    if (file) features = JSON.parse(readFileSync(join(geoDir(), file), 'utf8')).features;
  } catch {
    features = [];
  }
  loaded.set(code, features);
  return features;
}

const polygons = (f: Feature): Ring[][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]);

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** Lon/lat to the 600-px-wide drawing of the districts (equirectangular, scaled at the middle latitude). */
function projection(features: Feature[]) {
  const pts = features.flatMap((f) => polygons(f).flat(2));
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const W = 600;
  const scale = W / ((x1 - x0) * k);
  const H = Math.round((y1 - y0) * scale);
  const xy = ([lon, lat]: [number, number]) => [
    ((lon - x0) * k * scale).toFixed(1),
    ((y1 - lat) * scale).toFixed(1),
  ];
  return { xy, W, H, x0, y0 };
}

/** `values` per area code (0–100 or null); `label` the words under each name. */
export function districtMap(
  code: string,
  values: Map<string, number | null>,
  label: (v: number | null) => string,
  title: string,
  font?: string,
): string {
  const features = districtShapes(code);
  if (!features.length) return '';
  const { xy, W, H, x0, y0 } = projection(features);

  const band = (v: number | null) =>
    v === null ? 'url(#nodata)' : v >= 75 ? '#1d4e89' : v >= 50 ? '#3f7cbf' : v >= 25 ? '#8db5e2' : '#d6e6f7';
  // labels of small neighbouring districts would sit on each other: each moves down until it clears those placed
  const placed: [number, number][] = [];
  const clear = (x: number, y: number) =>
    placed.every(([px, py]) => Math.abs(px - x) > 110 || Math.abs(py - y) > 52);
  const shapes = features.map((f) => {
    const v = values.get(String(f.properties.adcode)) ?? null;
    const d = polygons(f)
      .flatMap((poly) => poly.map((ring) => `M${ring.map((p) => xy(p).join(',')).join('L')}Z`))
      .join('');
    const [sx, sy] = xy(f.properties.centroid ?? f.properties.center ?? [x0, y0]).map(Number);
    let cy = sy;
    while (!clear(sx, cy) && cy < H + 200) cy += 8;
    placed.push([sx, cy]);
    const cx = sx.toFixed(1);
    const name = esc(f.properties.name);
    return {
      path: `<path d="${d}" fill="${band(v)}" stroke="#222" stroke-width="1.5"><title>${name} ${esc(label(v))}</title></path>`,
      text: `<text x="${cx}" y="${cy.toFixed(1)}" text-anchor="middle" class="map-label" font-size="18" ${font ? `font-family="${font}" ` : ''}paint-order="stroke" stroke="#fff" stroke-width="4" stroke-linejoin="round" fill="#111"><tspan x="${cx}" dy="-0.2em">${name}</tspan><tspan x="${cx}" dy="1.2em" font-weight="700">${esc(label(v))}</tspan></text>`,
    };
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${Math.max(H, ...placed.map((p) => Math.ceil(p[1] + 40)))}" role="img" aria-label="${esc(title)}" class="map"><defs><pattern id="nodata" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#555" stroke-width="2"/></pattern></defs>${shapes.map((s) => s.path).join('')}${shapes.map((s) => s.text).join('')}</svg>`;
}

/**
 * Places on the districts: each a numbered marker (the number is the place's in the list beside the map, so nothing
 * is said by the map alone), the districts outlined and named. Coordinates are taken as the shapes' own system
 * (GCJ-02); a WGS-84 point lies a few hundred metres off, under a pixel at this scale.
 */
export function placesMap(
  code: string,
  places: { n: number; name: string; lng: number; lat: number }[],
  title: string,
) {
  const features = districtShapes(code);
  if (!features.length) return '';
  const { xy, W, H } = projection(features);
  const outlines = features
    .map((f) => {
      const d = polygons(f)
        .flatMap((poly) => poly.map((ring) => `M${ring.map((p) => xy(p).join(',')).join('L')}Z`))
        .join('');
      const [cx, cy] = xy(f.properties.centroid ?? f.properties.center ?? [0, 0]);
      return `<path d="${d}" fill="#f4f1e8" stroke="#555" stroke-width="1.5"/><text x="${cx}" y="${cy}" text-anchor="middle" class="map-label" font-size="18" fill="#444" paint-order="stroke" stroke="#f4f1e8" stroke-width="4">${esc(f.properties.name)}</text>`;
    })
    .join('');
  const at = places.map((p) => ({ p, xy: xy([p.lng, p.lat]).map(Number) }));
  const markers = at
    .map(({ p, xy: [x, y] }) => {
      return `<g class="marker" data-test="map-marker"><title>${p.n} ${esc(p.name)}</title><circle cx="${x}" cy="${y}" r="15" fill="#b3261e" stroke="#fff" stroke-width="3"/><text x="${x}" y="${y}" dy="0.35em" text-anchor="middle" font-size="16" font-weight="700" fill="#fff">${p.n}</text></g>`;
    })
    .join('');
  // the drawing is cut to the places (with a margin), so that on a phone the markers are not a few pixels apart
  const xs = at.map((a) => a.xy[0]);
  const ys = at.map((a) => a.xy[1]);
  const span = (lo: number, hi: number, max: number) => {
    const pad = 60;
    const min = 260;
    let a = Math.max(-20, lo - pad);
    let b = Math.min(max + 20, hi + pad);
    if (b - a < min) {
      const grow = (min - (b - a)) / 2;
      a = Math.max(-20, a - grow);
      b = Math.min(max + 20, b + grow);
    }
    return [Math.round(a), Math.round(b - a)];
  };
  const [vx, vw] = span(Math.min(...xs), Math.max(...xs), W);
  const [vy, vh] = span(Math.min(...ys), Math.max(...ys), H);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vx} ${vy} ${vw} ${vh}" role="img" aria-label="${esc(title)}" class="map">${outlines}${markers}</svg>`;
}
