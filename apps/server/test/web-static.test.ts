// The built web app as the server sends it: precompressed files by Accept-Encoding, a year's caching for hashed
// files and revalidation for the rest, the app's HTML for deep links (with the CSP), 404 for a missing hashed file,
// and API JSON compressed on the fly.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const html = '<!doctype html><html><head><title>Kepu</title></head><body><div id="root"></div></body></html>';
const script = `export const text = ${JSON.stringify('科普 '.repeat(2000))};\n`;
const geo = JSON.stringify({ type: 'FeatureCollection', features: Array(200).fill({ type: 'Feature' }) });

describe('the web app and API responses', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = await mkdtemp(path.join(tmpdir(), 'kepu-web-static-'));
    await mkdir(path.join(webRoot, 'assets'));
    await mkdir(path.join(webRoot, 'geo'));
    await writeFile(path.join(webRoot, 'index.html'), html);
    await writeFile(path.join(webRoot, 'assets', 'app-Ab12Cd34.js'), script);
    await writeFile(path.join(webRoot, 'assets', 'app-Ab12Cd34.js.br'), brotliCompressSync(script));
    await writeFile(path.join(webRoot, 'assets', 'app-Ab12Cd34.js.gz'), gzipSync(script));
    await writeFile(path.join(webRoot, 'geo', 'areas.geojson'), geo); // no precompressed copy
    t = await startTestApp(engines[0].open, { webRoot });
  });
  afterAll(async () => {
    await t?.close();
    await rm(webRoot, { recursive: true, force: true });
  });
  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  it('sends a hashed file brotli- or gzip-compressed as built, cached for a year', async () => {
    const br = await get('/assets/app-Ab12Cd34.js', 'gzip, deflate, br, zstd');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await get('/assets/app-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/app-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('compresses a text file that has no precompressed copy, and revalidates files that are not hashed', async () => {
    const res = await get('/geo/areas.geojson', 'br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(geo);
  });

  it('sends the app for / and for deep links, never cached without asking, with the CSP', async () => {
    for (const url of ['/', '/indicators/pivot?year=2024']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(html);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
  });

  it('answers 404 for a hashed file that is not there (a page from an older build), not the app', async () => {
    const res = await get('/assets/app-Old00000.js');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route.not_found');
  });

  it('compresses API JSON for a client that accepts it', async () => {
    const cookie = await t.login('office');
    const plain = await t.app.inject({ method: 'GET', url: '/api/plans/current', headers: { cookie } });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/plans/current',
      headers: { cookie, 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const body = brotliDecompressSync(res.rawPayload);
    expect(body.length).toBeGreaterThan(res.rawPayload.length * 2);
    expect(JSON.parse(body.toString())).toEqual(plain.json());
  });
});
