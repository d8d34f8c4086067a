// Renders a SheetSpec (the engine's description of a new sheet) with ExcelJS.
// Text is always written as text: only SpecCell.formula ever becomes a formula.
import ExcelJS from 'exceljs';
import { uniqueSheetName } from '../engine/sheet-names';
import type { CellStyle, PrintSettings, SheetSpec, SpecCell } from '../engine/types';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
/** ExcelJS's code for A4 paper. */
const A4 = 9;

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = {
    name: style.fontName,
    size: style.fontSize,
    bold: style.bold,
    italic: style.italic,
    underline: style.underline,
  };
  cell.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  else if (style.borderBottom) cell.border = { bottom: THIN };
  if (style.fill) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.replace('#', '').toUpperCase()}` } };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

function writeCell(ws: ExcelJS.Worksheet, spec: SheetSpec, c: SpecCell): void {
  const cell = ws.getCell(c.address);
  const style = c.style ? spec.styles[c.style] : undefined;
  if (style) applyStyle(cell, style);
  if (c.formula) cell.value = { formula: c.formula.replace(/^=/, ''), result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
  else if (c.value !== null) cell.value = c.value;
}

function pageSetup(print: PrintSettings): Partial<ExcelJS.PageSetup> {
  const m = print.margins;
  return {
    orientation: print.orientation,
    paperSize: A4,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(print.titleRows ? { printTitlesRow: print.titleRows } : {}),
    ...(m ? { margins: { ...m, header: 0.3, footer: 0.3 } } : {}),
  };
}

/** Adds the described sheet under a name unique in the workbook, and returns it. */
export function addSheetFromSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const name = uniqueSheetName(
    spec.name,
    workbook.worksheets.map((w) => w.name),
  );
  const frozen = spec.freezeRows ?? 0;
  const ws = workbook.addWorksheet(name, {
    pageSetup: pageSetup(spec.print),
    views: frozen > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}` }] : [],
  });
  spec.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const c of spec.cells) writeCell(ws, spec, c);
  // After the values: merging keeps the top-left cell's value and copies its style.
  for (const range of spec.merges) ws.mergeCells(range);
  return ws;
}

/** A new workbook holding only the described sheets, as .xlsx bytes. */
export async function newWorkbookBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of specs) addSheetFromSpec(workbook, spec);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
