// The in-memory host's WorkbookData -> an ExcelJS workbook: values, formulas (with
// their current results), merges, basic styles, sizes, frozen panes, page setup,
// validations and custom conditional formats.
import ExcelJS from 'exceljs';
import { columnNumber, parseRange } from '../engine/address';
import type { CellData, ConditionalFormatData, SheetData, ValidationData, WorkbookData } from '../memory-excel';
import { shiftFormula } from '../memory-excel/formulas';
import { styleFromFormat } from './cell-style';
import { charactersFromPoints } from './sheet-units';
import { ruleToExcel } from './validation-rules';

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

function valueOf(c: CellData): ExcelJS.CellValue {
  const v = c.value ?? null;
  const result = typeof v === 'string' && ERROR_VALUE.test(v) ? { error: v as ExcelJS.CellErrorValue['error'] } : v;
  if (c.formula) return { formula: c.formula.replace(/^=/, ''), result: result ?? undefined } as ExcelJS.CellFormulaValue;
  return result;
}

function writeCells(ws: ExcelJS.Worksheet, cells: Record<string, CellData>): void {
  for (const [address, c] of Object.entries(cells)) {
    const cell = ws.getCell(address);
    if (c.format) cell.style = styleFromFormat(c.format);
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    const value = valueOf(c);
    if (value !== null) cell.value = value;
  }
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, formats: ConditionalFormatData[]): void {
  formats.forEach((cf, i) => {
    const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
    const style: Partial<ExcelJS.Style> = {};
    if (cf.fill)
      style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) }, fgColor: { argb: argb(cf.fill) } };
    if (cf.fontColor || cf.bold)
      style.font = { ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}), ...(cf.bold ? { bold: true } : {}) };
    ws.addConditionalFormatting({
      ref: cf.address,
      rules: [{ type: 'expression', priority: i + 1, formulae: [cf.formula.replace(/^=/, '')], style }],
    });
  });
}

/** ExcelJS keeps validations per cell: each cell gets the rule as seen from it. */
function writeValidation(ws: ExcelJS.Worksheet, v: ValidationData): void {
  const r = parseRange(v.address);
  if (!r) return;
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const shift = (f: string | number | undefined) =>
        typeof f === 'string' && f.startsWith('=') ? shiftFormula(f, row - r.top, col - r.left) : f;
      const dv = ruleToExcel({ ...v, rule: { ...v.rule, formula1: shift(v.rule.formula1), formula2: shift(v.rule.formula2) } });
      if (dv) ws.getCell(row, col).dataValidation = dv;
    }
  }
}

const STATES = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;
/** ExcelJS's paper size codes for Office.js's names. */
const PAPER: Record<string, number> = { Letter: 1, A3: 8, A4: 9, A5: 11 };

/** The sheet's page layout (orientation, paper, fit to pages, print titles, margins in points) as ExcelJS's page setup. */
function pageSetup(layout: SheetData['pageLayout']): Partial<ExcelJS.PageSetup> {
  if (!layout) return {};
  const m = layout.margins;
  const wide = layout.fitToPagesWide ?? null;
  const tall = layout.fitToPagesTall ?? null;
  return {
    ...(layout.orientation ? { orientation: layout.orientation === 'Landscape' ? 'landscape' : 'portrait' } : {}),
    ...(layout.paperSize && PAPER[layout.paperSize] ? { paperSize: PAPER[layout.paperSize] } : {}),
    ...(wide !== null || tall !== null ? { fitToPage: true, fitToWidth: wide ?? 0, fitToHeight: tall ?? 0 } : {}),
    ...(layout.printTitleRows ? { printTitlesRow: layout.printTitleRows.replace(/\$/g, '') } : {}),
    ...(m
      ? { margins: { top: m.top / 72, bottom: m.bottom / 72, left: m.left / 72, right: m.right / 72, header: 0.3, footer: 0.3 } }
      : {}),
  };
}

function addSheet(workbook: ExcelJS.Workbook, sd: SheetData): void {
  const rows = sd.freezeRows ?? 0;
  const cols = sd.freezeColumns ?? 0;
  const ws = workbook.addWorksheet(sd.name, {
    state: STATES[sd.visibility ?? 'Visible'],
    pageSetup: pageSetup(sd.pageLayout),
    views: rows || cols ? [{ state: 'frozen', xSplit: cols, ySplit: rows }] : [],
  });
  for (const [letters, points] of Object.entries(sd.columnWidths ?? {}))
    ws.getColumn(columnNumber(letters)).width = charactersFromPoints(points);
  for (const [row, points] of Object.entries(sd.rowHeights ?? {})) ws.getRow(Number(row)).height = points;
  writeCells(ws, sd.cells ?? {});
  // After the values: ExcelJS keeps the top-left cell's value when merging.
  for (const range of sd.merges ?? []) ws.mergeCells(range);
  for (const v of sd.validations ?? []) writeValidation(ws, v);
  writeConditionalFormats(ws, sd.conditionalFormats ?? []);
}

export function excelFromWorkbookData(data: WorkbookData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'thidua workbench';
  for (const sd of data.sheets) addSheet(workbook, sd);
  const active = data.sheets.findIndex((s) => s.name === data.activeSheet);
  if (active >= 0)
    workbook.views = [{ activeTab: active, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
  return workbook;
}

/** The workbook as .xlsx bytes. */
export async function writeXlsx(data: WorkbookData): Promise<ArrayBuffer> {
  const buffer = await excelFromWorkbookData(data).xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
