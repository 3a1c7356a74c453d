// The annual report as a PDF with Chinese typography: the CJK font embedded (fonts-wqy-microhei), A4 with 2.5 cm
// margins, body text 12 pt with 1.6 line spacing and a two-character first-line indent, tables ruled, charts and the
// district map as PNG.
import type { ReportModel, ReportTable } from '@kepu/domain/publication';
import PDFDocument from 'pdfkit';
import { chartPng, mapPng } from './charts.ts';
import { CJK_FONT_FACE, CJK_FONT_FILE } from './fonts.ts';

const MARGIN = 72;

function drawTable(doc: PDFKit.PDFDocument, t: ReportTable) {
  const width = doc.page.width - MARGIN * 2;
  const colW = width / t.head.length;
  doc.font('cjk').fontSize(11).text(t.caption, { align: 'center' }).moveDown(0.3);
  const row = (cells: string[], bold: boolean) => {
    const h = Math.max(...cells.map((c) => doc.heightOfString(c, { width: colW - 8 }))) + 8;
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    cells.forEach((c, k) => {
      const x = MARGIN + k * colW;
      if (bold) doc.rect(x, y, colW, h).fillAndStroke('#eef2f7', '#555');
      else doc.rect(x, y, colW, h).stroke('#555');
      doc.fillColor('#111').text(c, x + 4, y + 4, { width: colW - 8 });
    });
    doc.x = MARGIN;
    doc.y = y + h;
  };
  doc.fontSize(10);
  row(t.head, true);
  for (const r of t.rows) row(r, false);
  doc
    .moveDown(0.3)
    .fontSize(9)
    .fillColor('#444')
    .text(t.source, MARGIN, doc.y, { width })
    .fillColor('#111')
    .moveDown(0.8);
}

export function reportPdf(m: ReportModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: m.title, Creator: 'Kepu' } });
  doc.registerFont('cjk', CJK_FONT_FILE, CJK_FONT_FACE);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - MARGIN * 2;
  doc.font('cjk').fontSize(20).text(m.title, { align: 'center' }).moveDown(0.4);
  doc.fontSize(12).text(m.subtitle, { align: 'center' }).moveDown(0.3);
  doc.fontSize(10).text(m.dateline, { align: 'center' }).moveDown(1.2);
  for (const s of m.sections) {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.fontSize(15).text(s.heading, MARGIN, doc.y).moveDown(0.5);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph')
        doc
          .fontSize(12)
          .text(b.text, MARGIN, doc.y, { width, indent: 24, lineGap: 7, align: 'justify' })
          .moveDown(0.5);
      else if (b.kind === 'subheading') {
        if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
        doc.fontSize(13).text(b.text, MARGIN, doc.y, { width }).moveDown(0.3);
      } else if (b.kind === 'table') drawTable(doc, b.table);
      else {
        const figure = b.kind === 'chart' ? b.chart : b.map;
        const image = b.kind === 'chart' ? chartPng(b.chart) : mapPng(b.map);
        if (image) {
          // a map is drawn narrower than a chart, so it and its caption fit on a page
          const w = b.kind === 'map' ? width * 0.75 : width;
          const h = image.height * (w / image.width);
          if (doc.y + h + 50 > doc.page.height - MARGIN) doc.addPage();
          doc.image(image.png, MARGIN + (width - w) / 2, doc.y, { width: w });
          doc.y += h + 6;
        }
        doc.fontSize(11).text(figure.caption, MARGIN, doc.y, { width, align: 'center' });
        doc.fontSize(9).fillColor('#444').text(figure.source, { width }).fillColor('#111').moveDown(0.8);
      }
    }
  }
  doc.end();
  return done;
}
