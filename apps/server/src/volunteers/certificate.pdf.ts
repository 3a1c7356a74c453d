// A certificate of service as an A4 landscape PDF: the holder, the period and hours, the issuer with its seal image,
// and where to verify the number. The CJK font is the annual report's (fonts-wqy-microhei).
import type { CertificateRecord } from '@kepu/domain/volunteers';
import PDFDocument from 'pdfkit';
import { CJK_FONT_FACE, CJK_FONT_FILE } from '../publication/report/fonts.ts';

const cn = (iso: string) =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

export function certificatePdf(
  c: CertificateRecord,
  seal: Buffer | null,
  verifyUrl: string,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 72,
    info: { Title: `志愿服务证明 ${c.number}` },
  });
  doc.registerFont('cjk', CJK_FONT_FILE, CJK_FONT_FACE);
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const w = doc.page.width - 144;
  doc
    .rect(36, 36, doc.page.width - 72, doc.page.height - 72)
    .lineWidth(2)
    .stroke('#b22222');
  doc.font('cjk').fillColor('#111').fontSize(30).text('志愿服务证明', 72, 100, { width: w, align: 'center' });
  doc.fontSize(11).fillColor('#555').text(`编号：${c.number}`, 72, 150, { width: w, align: 'center' });
  doc
    .fillColor('#111')
    .fontSize(16)
    .text(
      `兹证明 ${c.volunteerName} 同志于 ${cn(c.periodFrom)}至${cn(c.periodTo)}期间，在${c.issuer}参加志愿服务，经审核累计服务时长 ${c.hours} 小时。`,
      120,
      210,
      { width: w - 96, lineGap: 10, indent: 32 },
    )
    .moveDown(0.6)
    .text('特此证明。', { indent: 32 });
  const right = doc.page.width - 400;
  doc.fontSize(14).text(c.issuer, right, 380, { width: 300, align: 'center' });
  doc.text(cn(c.issuedAt), right, 405, { width: 300, align: 'center' });
  if (seal) doc.image(seal, right + 90, 330, { width: 120, height: 120 });
  doc
    .fontSize(10)
    .fillColor('#555')
    .text(`核验：${verifyUrl}`, 72, doc.page.height - 90, { width: w });
  if (c.revokedAt)
    doc.fontSize(40).fillColor('#b22222').text('已撤销', 72, 260, { width: w, align: 'center' });
  doc.end();
  return done;
}
