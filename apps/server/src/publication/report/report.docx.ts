// The annual report as an editable Word document (docx): headings the office can restyle, real tables, the charts as
// images (charts and the district map), subheadings, and each table's and figure's source under it.
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
import { chartPng, mapPng } from './charts.ts';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const text = (t: string, o: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text: t, font: FONT, ...o });
const source = (s: string) => new Paragraph({ children: [text(s, { size: 18 })], spacing: { after: 240 } });

function table(t: ReportTable) {
  const cell = (s: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [text(s, { bold, size: 21 })] })] });
  return [
    new Paragraph({
      children: [text(t.caption, { bold: true })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 200 },
    }),
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
        return [
          new Paragraph({
            children: [text(b.text, { size: 24 })],
            indent: { firstLine: 480 },
            spacing: { line: 360 },
          }),
        ];
      if (b.kind === 'subheading')
        return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(b.text)] })];
      if (b.kind === 'table') return table(b.table);
      const figure = b.kind === 'chart' ? b.chart : b.map;
      const image = b.kind === 'chart' ? chartPng(b.chart) : mapPng(b.map);
      return [
        ...(image
          ? [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new ImageRun({
                    type: 'png',
                    data: image.png,
                    transformation: { width: image.width * 0.8, height: image.height * 0.8 },
                  }),
                ],
              }),
            ]
          : []),
        new Paragraph({ children: [text(figure.caption, { bold: true })], alignment: AlignmentType.CENTER }),
        source(figure.source),
      ];
    }),
  ]);
  const doc = new Document({
    creator: 'Kepu',
    title: m.title,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [text(m.title, { bold: true, size: 36 })],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [text(m.subtitle, { size: 24 })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [text(m.dateline, { size: 20 })],
            spacing: { after: 400 },
          }),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
