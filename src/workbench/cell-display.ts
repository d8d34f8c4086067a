// How a cell looks in the workbook view: its shown text (never markup; HTML fragments as
// the engine's plain lines) and the CSS of its basic format. Pure functions over the
// host's cell model.
import type { CSSProperties } from 'react';
import { hasHtml, htmlToLines } from '../engine/text/html';
import type { CellFormat } from '../memory-excel';

export interface ShownCell {
  value: string | number | boolean | null;
  numberFormat?: string;
}

const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

/** A number as Excel's General format shows it (about 10 significant digits). */
function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  return String(Number(n.toPrecision(10)));
}

function formattedNumber(n: number, format: string | undefined): string {
  const f = format ?? 'General';
  const decimals = (s: string) => /\.(0+)/.exec(s)?.[1].length ?? 0;
  if (/^0(\.0+)?%$/.test(f)) return `${(n * 100).toFixed(decimals(f))}%`;
  if (/^0(\.0+)?$/.test(f)) return n.toFixed(decimals(f));
  if (/^#,##0(\.0+)?$/.test(f))
    return n.toLocaleString('en-US', { minimumFractionDigits: decimals(f), maximumFractionDigits: decimals(f) });
  return generalNumber(n);
}

/** The text Excel would show in the cell. */
export function displayText(cell: ShownCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formattedNumber(v, cell?.numberFormat);
  // Text holding HTML fragments (pasted from the web) as the plain lines the engine reads: never markup.
  return hasHtml(v) ? htmlToLines(v) : v;
}

/** Excel's default alignment: numbers right, logical values and errors centred, text left. */
function defaultAlign(v: ShownCell['value'] | undefined): CSSProperties['textAlign'] {
  if (typeof v === 'number') return 'right';
  if (typeof v === 'boolean' || (typeof v === 'string' && ERROR.test(v))) return 'center';
  return 'left';
}

const HORIZONTAL: Record<string, CSSProperties['textAlign']> = {
  left: 'left',
  center: 'center',
  right: 'right',
  justify: 'justify',
  distributed: 'justify',
};
/** The cell's box is a flex column: vertical alignment is where its text sits in it. */
const VERTICAL: Record<string, CSSProperties['justifyContent']> = {
  top: 'flex-start',
  center: 'center',
  middle: 'center',
  bottom: 'flex-end',
};
const EDGE = '1px solid #3b3b3b';

/** Inline CSS of a cell's box for its basic format (fill, font, alignment, borders). */
export function cellCss(cell: ShownCell | undefined, format: CellFormat | undefined): CSSProperties {
  const f = format ?? {};
  const css: CSSProperties = {
    textAlign: HORIZONTAL[f.horizontal?.toLowerCase() ?? ''] ?? defaultAlign(cell?.value),
    justifyContent: VERTICAL[f.vertical?.toLowerCase() ?? ''] ?? 'flex-end',
  };
  if (f.fill) css.backgroundColor = f.fill;
  if (f.fontColor) css.color = f.fontColor;
  if (f.bold) css.fontWeight = 700;
  if (f.italic) css.fontStyle = 'italic';
  if (f.underline) css.textDecoration = 'underline';
  if (f.fontSize) css.fontSize = `${f.fontSize}pt`;
  if (f.fontName) css.fontFamily = `"${f.fontName}", Calibri, Carlito, Arial, sans-serif`;
  const edge = (style: string | undefined) => (style && style !== 'None' ? EDGE : undefined);
  if (edge(f.borderTop)) css.borderTop = EDGE;
  if (edge(f.borderBottom)) css.borderBottom = EDGE;
  if (edge(f.borderLeft)) css.borderLeft = EDGE;
  if (edge(f.borderRight)) css.borderRight = EDGE;
  return css;
}
