// Basic cell formatting between ExcelJS styles and the in-memory host's CellFormat
// (Office.js spellings: "Center", "Top", "Continuous", "#RRGGBB").
import type ExcelJS from 'exceljs';
import type { CellFormat } from '../memory-excel';

const EDGES = [
  ['top', 'borderTop'],
  ['bottom', 'borderBottom'],
  ['left', 'borderLeft'],
  ['right', 'borderRight'],
] as const;

const HORIZONTAL_TO_OFFICE: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};
const VERTICAL_TO_OFFICE: Record<string, string> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
};

const invert = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v.toLowerCase(), k]));
const HORIZONTAL_FROM_OFFICE = invert(HORIZONTAL_TO_OFFICE);
const VERTICAL_FROM_OFFICE = invert(VERTICAL_TO_OFFICE);

/** "FFC00000" (ARGB) -> "#C00000"; theme and indexed colours are not resolved. */
function hexFromArgb(argb: string | undefined): string | undefined {
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function argbFromHex(hex: string): string | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  return m ? `FF${m[1].toUpperCase()}` : undefined;
}

/** Drops undefined fields; an empty format is no format. */
function compact<T extends object>(o: T): T | undefined {
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== false)) as T;
  return Object.keys(out).length ? out : undefined;
}

export function formatFromExcel(style: Partial<ExcelJS.Style> | undefined): CellFormat | undefined {
  if (!style) return undefined;
  const { font, alignment, fill, border } = style;
  const format: CellFormat = {
    fontName: font?.name,
    fontSize: font?.size,
    bold: font?.bold || undefined,
    italic: font?.italic || undefined,
    underline: font?.underline ? true : undefined,
    fontColor: hexFromArgb(font?.color?.argb),
    horizontal: alignment?.horizontal ? HORIZONTAL_TO_OFFICE[alignment.horizontal] : undefined,
    vertical: alignment?.vertical ? VERTICAL_TO_OFFICE[alignment.vertical] : undefined,
    wrap: alignment?.wrapText || undefined,
    fill: fill?.type === 'pattern' && fill.pattern === 'solid' ? hexFromArgb(fill.fgColor?.argb) : undefined,
  };
  for (const [edge, key] of EDGES) if (border?.[edge]?.style) format[key] = 'Continuous';
  return compact(format);
}

export function styleFromFormat(format: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const color = format.fontColor && argbFromHex(format.fontColor);
  const font = compact<Partial<ExcelJS.Font>>({
    name: format.fontName,
    size: format.fontSize,
    bold: format.bold,
    italic: format.italic,
    underline: format.underline,
    color: color ? { argb: color } : undefined,
  });
  if (font) style.font = font;
  const alignment = compact<Partial<ExcelJS.Alignment>>({
    horizontal: format.horizontal
      ? (HORIZONTAL_FROM_OFFICE[format.horizontal.toLowerCase()] as ExcelJS.Alignment['horizontal'])
      : undefined,
    vertical: format.vertical
      ? (VERTICAL_FROM_OFFICE[format.vertical.toLowerCase()] as ExcelJS.Alignment['vertical'])
      : undefined,
    wrapText: format.wrap,
  });
  if (alignment) style.alignment = alignment;
  const fill = format.fill && argbFromHex(format.fill);
  if (fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  const border = compact<Partial<ExcelJS.Borders>>(
    Object.fromEntries(EDGES.map(([edge, key]) => [edge, format[key] && format[key] !== 'None' ? { style: 'thin' } : undefined])),
  );
  if (border) style.border = border;
  return style;
}
