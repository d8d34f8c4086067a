// The monthly plan's cell styles: Times New Roman 13; every text style keeps its
// text as text ("@"), so a task starting with "=" never becomes a formula.
import type { CellStyle } from '../types';

const FONT: CellStyle = { fontName: 'Times New Roman', fontSize: 13, vertical: 'top', wrap: true, numberFormat: '@' };
const CELL: CellStyle = { ...FONT, border: true };

export const PLAN_STYLES = {
  superior: { ...FONT, horizontal: 'center' },
  unit: { ...FONT, horizontal: 'center', bold: true, underline: true },
  nation: { ...FONT, horizontal: 'center', bold: true },
  motto: { ...FONT, horizontal: 'center', bold: true, underline: true },
  date: { ...FONT, horizontal: 'center', italic: true },
  title: { ...FONT, horizontal: 'center', vertical: 'middle', bold: true, fontSize: 14 },
  header: { ...CELL, horizontal: 'center', vertical: 'middle', bold: true, fill: '#F2F2F2' },
  order: { ...CELL, horizontal: 'center', numberFormat: 'General' },
  orderText: { ...CELL, horizontal: 'center' },
  text: { ...CELL, horizontal: 'left' },
  recipientsLabel: { ...FONT, fontSize: 12, bold: true, italic: true, wrap: false },
  recipient: { ...FONT, fontSize: 11, wrap: false },
  signer: { ...FONT, horizontal: 'center', bold: true },
} satisfies Record<string, CellStyle>;

export type PlanStyle = keyof typeof PLAN_STYLES;
