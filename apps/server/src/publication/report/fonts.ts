// The Chinese font the report's charts and PDF use: WenQuanYi Micro Hei from Debian's fonts-wqy-microhei package
// (KEPU_CJK_FONT names another TTF/TTC file).
import { existsSync } from 'node:fs';

export const CJK_FONT_FILE = process.env.KEPU_CJK_FONT ?? '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const CJK_FONT_FAMILY = 'WenQuanYi Micro Hei';
/** the face inside the .ttc, by its PostScript name (pdfkit picks a collection's face by it) */
export const CJK_FONT_FACE = process.env.KEPU_CJK_FONT_FACE ?? 'WenQuanYiMicroHei';
export const hasCjkFont = () => existsSync(CJK_FONT_FILE);
