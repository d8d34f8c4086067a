// .xlsx -> SheetSnapshots with ExcelJS: cached formula results, formula text, merges.
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../engine/types';

/** A file that cannot be read as a workbook; the message names the file and says why. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/** Reads a workbook file, turning every failure into an UnreadableFileError in Vietnamese or English. */
export async function loadWorkbook(file: string, lang: 'vi' | 'en' = 'vi'): Promise<ExcelJS.Workbook> {
  const say = (vi: string, en: string) => new UnreadableFileError(`${file}: ${lang === 'vi' ? vi : en}`);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw say('là một thư mục, không phải tệp .xlsx', 'is a folder, not an .xlsx file');
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw say('không tìm thấy hoặc không đọc được tệp', 'file not found or not readable');
  }
  if (bytes.length === 0) throw say('tệp rỗng', 'the file is empty');
  // An encrypted (password-protected) workbook is an OLE compound file, not a zip.
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw say(
      'tệp được bảo vệ bằng mật khẩu hoặc là định dạng .xls cũ; hãy mở bằng Excel và lưu thành .xlsx không mật khẩu',
      'the file is password-protected or an old .xls; open it in Excel and save it as an .xlsx without a password',
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw say('không phải tệp .xlsx', 'not an .xlsx file');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw say('tệp .xlsx bị hỏng, không đọc được', 'the .xlsx file is damaged and cannot be read');
  }
  return workbook;
}

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
