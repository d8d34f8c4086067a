// Small .xlsx files for tests, written with ExcelJS into a temporary folder.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export const SEED_XLSX = path.resolve(__dirname, '../fixtures/seed-2024.xlsx');
export const SEED_EXPECTED = path.resolve(__dirname, '../fixtures/seed-2024.expected.json');

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'));
}

/** Writes a workbook whose sheets are given as rows of cell values. */
export async function writeXlsx(file: string, sheets: Record<string, ExcelJS.CellValue[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row) => ws.addRow(row));
  }
  await wb.xlsx.writeFile(file);
  return file;
}
