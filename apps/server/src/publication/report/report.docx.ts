// The annual report as an editable Word document (docx): headings the office can restyle, real tables, the charts as
// images, and each table's and chart's source under it.
import type { ReportModel, ReportTable } from '@kepu/domain/publication';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartPng } from './charts.ts';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const text = (t: string, o: { bold?: boolean; size?: number } = {}) => new TextRun({ text: t, font: FONT, ...o });
const source = (s: string) => new Paragraph({ children: [text(s, { size: 18 })], spacing: { after: 240 } });

function table(t: ReportTable) {
  const cell = (s: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [text(s, { bold, size: 21 })] })] });
  return [
    new Paragraph({ children: [text(t.caption, { bold: true })], alignment: AlignmentType.CENTER, spacing: { before: 200 } }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.head.map((h) => cell(h, true)) }),
        ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
      ],
    }),
    source(t.source),
  ];
}

export async function reportDocx(m: ReportModel): Promise<Buffer> {
  const body = m.sections.flatMap((s) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(s.heading)] }),
    ...s.blocks.flatMap((b) => {
      if (b.kind === 'paragraph')
        return [new Paragraph({ children: [text(b.text, { size: 24 })], indent: { firstLine: 480 }, spacing: { line: 360 } })];
      if (b.kind === 'table') return table(b.table);
      const { png, width, height } = chartPng(b.chart);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new ImageRun({ type: 'png', data: png, transformation: { width: width * 0.8, height: height * 0.8 } })],
        }),
        new Paragraph({ children: [text(b.chart.caption, { bold: true })], alignment: AlignmentType.CENTER }),
        source(b.chart.source),
      ];
    }),
  ]);
  const doc = new Document({
    creator: 'Kepu',
    title: m.title,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(m.title, { bold: true, size: 36 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [text(m.subtitle, { size: 24 })], spacing: { after: 400 } }),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
