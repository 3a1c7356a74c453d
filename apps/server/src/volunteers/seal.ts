// A round red seal drawn as SVG and rasterised by resvg (the annual report's charts do the same): the demo teams'
// seal image, so a demo certificate looks as a real one would.
import { Resvg } from '@resvg/resvg-js';
import { CJK_FONT_FAMILY, CJK_FONT_FILE } from '../publication/report/fonts.ts';

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function drawnSeal(name: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">
  <defs><path id="arc" d="M 40 130 A 80 80 0 1 1 200 130"/></defs>
  <g fill="none" stroke="#c8161d" stroke-width="8"><circle cx="120" cy="120" r="110"/></g>
  <text fill="#c8161d" font-family="${CJK_FONT_FAMILY}" font-size="24"><textPath href="#arc" startOffset="50%" text-anchor="middle">${xml(name)}</textPath></text>
  <text x="120" y="142" fill="#c8161d" font-size="64" text-anchor="middle">★</text>
  <text x="120" y="196" fill="#c8161d" font-family="${CJK_FONT_FAMILY}" font-size="22" text-anchor="middle">志愿服务专用章</text>
</svg>`;
  const r = new Resvg(svg, {
    font: { fontFiles: [CJK_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY },
  });
  return r.render().asPng();
}
