// ExcelJS workbook -> SheetSnapshots: cached formula results, formula text, merges.
// No Node APIs, so the browser workbench uses it too.
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../engine/types';

function dateText(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** ExcelJS's many value shapes -> the engine's CellValue (a formula's cached result). */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    if ('error' in v && v.error !== undefined) return { error: String(v.error) };
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
    }
    if ('text' in v && typeof v.text === 'string') return v.text;
  }
  return null;
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  try {
    const f = cell.formula;
    return f ? `=${f}` : null;
  } catch {
    return null;
  }
}

/** One worksheet as a snapshot from A1 to its last used row and column. */
export function worksheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  for (let r = 1; r <= rows; r++) {
    const rowValues: CellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      // Only the master cell of a merge holds the value; the others repeat it in ExcelJS.
      if (cell.isMerged && cell.master !== cell) return;
      rowValues[col - 1] = toCellValue(cell.value);
      rowFormulas[col - 1] = formulaOf(cell);
    });
    values.push(Array.from(rowValues, (v) => (v === undefined ? null : v)));
    formulas.push(Array.from(rowFormulas, (f) => f ?? null));
  }
  const merges = Array.isArray(ws.model.merges) ? [...ws.model.merges] : [];
  return { name: ws.name, origin: 'A1', values, formulas, merges };
}

export function workbookSnapshots(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  return workbook.worksheets.map(worksheetSnapshot);
}
