// The monthly plan's cell styles: Times New Roman throughout, in the sizes of
// Nghị định 30/2020 (Phụ lục I); every text style keeps its text as text ("@"),
// so a task starting with "=" never becomes a formula.
import type { CellStyle } from '../types';

const FONT: CellStyle = { fontName: 'Times New Roman', fontSize: 13, vertical: 'top', wrap: true, numberFormat: '@' };
const CENTRED: CellStyle = { ...FONT, horizontal: 'center' };
const CELL: CellStyle = { ...FONT, border: true };

export const PLAN_STYLES = {
  // The header's first lines sit on the lines under them, and those on their rules, when a block wraps.
  superior: { ...CENTRED, vertical: 'bottom' },
  unit: { ...CENTRED, bold: true, vertical: 'bottom' },
  nation: { ...CENTRED, bold: true, vertical: 'bottom' },
  motto: { ...CENTRED, bold: true, fontSize: 14, vertical: 'bottom' },
  /** A thin row whose bottom border is the short rule under the line above. */
  rule: { ...FONT, borderBottom: true },
  /** The same rule drawn with underscores where no columns sit under the line's middle: small, to fit its thin row. */
  ruleText: { ...CENTRED, fontSize: 8, vertical: 'bottom', wrap: false },
  number: CENTRED,
  date: { ...CENTRED, italic: true, fontSize: 14 },
  title: { ...CENTRED, vertical: 'middle', bold: true, fontSize: 14 },
  subject: { ...CENTRED, bold: true, fontSize: 14 },
  header: { ...CELL, horizontal: 'center', vertical: 'middle', bold: true, fill: '#F2F2F2' },
  order: { ...CELL, horizontal: 'center', numberFormat: 'General' },
  orderText: { ...CELL, horizontal: 'center' },
  text: { ...CELL, horizontal: 'left' },
  recipientsLabel: { ...FONT, fontSize: 12, bold: true, italic: true, wrap: false },
  recipient: { ...FONT, fontSize: 11, wrap: false },
  signer: { ...CENTRED, bold: true, fontSize: 14 },
} satisfies Record<string, CellStyle>;

export type PlanStyle = keyof typeof PLAN_STYLES;
