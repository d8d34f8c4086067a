// An ExcelJS workbook -> the in-memory host's plain WorkbookData: values (formula
// results as cached in the file), formulas, merges, basic styles, sizes, frozen
// panes, number validations and custom conditional formats.
import ExcelJS from 'exceljs';
import { columnLetters, formatRange, parseCell, type RangeRef } from '../engine/address';
import { toCellValue } from '../cli/worksheet-snapshot';
import type { CellData, ConditionalFormatData, SheetData, ValidationData, WorkbookData } from '../memory-excel';
import { formatFromExcel } from './cell-style';
import { pointsFromCharacters } from './sheet-units';
import { ruleFromExcel } from './validation-rules';

type Scalar = CellData['value'];

function scalarOf(cell: ExcelJS.Cell): Scalar {
  const v = toCellValue(cell.value);
  return v !== null && typeof v === 'object' ? v.error : v;
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  try {
    return cell.formula ? `=${cell.formula}` : undefined;
  } catch {
    return undefined;
  }
}

function readCells(ws: ExcelJS.Worksheet): Record<string, CellData> {
  const cells: Record<string, CellData> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      // Only a merge's top-left cell holds its value; ExcelJS repeats it in the others.
      const covered = cell.isMerged && cell.master !== cell;
      const data: CellData = {};
      const value = covered ? null : scalarOf(cell);
      const formula = covered ? undefined : formulaOf(cell);
      if (value !== null && value !== '') data.value = value;
      if (formula) data.formula = formula;
      if (cell.numFmt && cell.numFmt !== 'General') data.numberFormat = cell.numFmt;
      const format = formatFromExcel(cell.style);
      if (format) data.format = format;
      if (Object.keys(data).length) cells[cell.address] = data;
    });
  });
  return cells;
}

function columnWidths(ws: ExcelJS.Worksheet): Record<string, number> {
  const out: Record<string, number> = {};
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width) out[columnLetters(i + 1)] = pointsFromCharacters(col.width);
  });
  return out;
}

function rowHeights(ws: ExcelJS.Worksheet): Record<string, number> {
  const out: Record<string, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height) out[String(n)] = row.height;
  });
  return out;
}

/** The smallest rectangle holding every address. */
function boundingBox(addresses: string[]): RangeRef {
  const cells = addresses.map((a) => parseCell(a)!);
  return {
    top: Math.min(...cells.map((c) => c.row)),
    left: Math.min(...cells.map((c) => c.col)),
    bottom: Math.max(...cells.map((c) => c.row)),
    right: Math.max(...cells.map((c) => c.col)),
  };
}

/**
 * ExcelJS spreads each rule over its cells, one shared object per rule: grouping
 * the cells back gives the range, whose top-left cell anchors relative references.
 */
function validations(ws: ExcelJS.Worksheet): ValidationData[] {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
    .dataValidations.model;
  const groups = new Map<ExcelJS.DataValidation, string[]>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv || !parseCell(address)) continue;
    groups.set(dv, [...(groups.get(dv) ?? []), address]);
  }
  const out: ValidationData[] = [];
  for (const [dv, addresses] of groups) {
    const data = ruleFromExcel(dv);
    if (!data) continue;
    const box = boundingBox(addresses);
    const whole = (box.bottom - box.top + 1) * (box.right - box.left + 1) === addresses.length;
    for (const address of whole ? [formatRange(box)] : addresses) out.push({ address, ...data });
  }
  return out;
}

interface ExcelJSConditionalRule {
  type: string;
  formulae?: string[];
  style?: Partial<ExcelJS.Style>;
}

/** Read by ExcelJS but missing from its typings. */
type WithConditionalFormats = ExcelJS.Worksheet & { conditionalFormattings?: { ref: string; rules: ExcelJSConditionalRule[] }[] };

function conditionalFormats(ws: ExcelJS.Worksheet): ConditionalFormatData[] {
  const out: ConditionalFormatData[] = [];
  for (const cf of (ws as WithConditionalFormats).conditionalFormattings ?? []) {
    for (const rule of cf.rules) {
      if (rule.type !== 'expression' || !rule.formulae?.[0]) continue;
      const fill = rule.style?.fill as ExcelJS.FillPattern | undefined;
      const fillArgb = fill?.bgColor?.argb ?? fill?.fgColor?.argb;
      const fontArgb = rule.style?.font?.color?.argb;
      out.push({
        address: cf.ref.split(/\s+/)[0],
        formula: `=${rule.formulae[0].replace(/^=/, '')}`,
        ...(fillArgb ? { fill: `#${fillArgb.slice(-6)}` } : {}),
        ...(fontArgb ? { fontColor: `#${fontArgb.slice(-6)}` } : {}),
        ...(rule.style?.font?.bold ? { bold: true } : {}),
      });
    }
  }
  return out;
}

function frozen(ws: ExcelJS.Worksheet): Pick<SheetData, 'freezeRows' | 'freezeColumns'> {
  const view = ws.views?.[0];
  if (view?.state !== 'frozen') return {};
  return { freezeRows: view.ySplit ?? 0, freezeColumns: view.xSplit ?? 0 };
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export function sheetDataFromWorksheet(ws: ExcelJS.Worksheet): SheetData {
  return {
    name: ws.name,
    visibility: VISIBILITY[ws.state as keyof typeof VISIBILITY] ?? 'Visible',
    cells: readCells(ws),
    merges: Array.isArray(ws.model.merges) ? [...ws.model.merges] : [],
    columnWidths: columnWidths(ws),
    rowHeights: rowHeights(ws),
    validations: validations(ws),
    conditionalFormats: conditionalFormats(ws),
    ...frozen(ws),
  };
}

export function workbookDataFromExcel(workbook: ExcelJS.Workbook): WorkbookData {
  const sheets = workbook.worksheets.map(sheetDataFromWorksheet);
  const active = workbook.views?.[0]?.activeTab;
  const activeSheet = active !== undefined ? workbook.worksheets[active]?.name : undefined;
  return { sheets, ...(activeSheet ? { activeSheet } : {}) };
}

/** Reads .xlsx bytes (a fetched or chosen file) into WorkbookData. */
export async function readXlsx(bytes: ArrayBuffer): Promise<WorkbookData> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbookDataFromExcel(workbook);
}
