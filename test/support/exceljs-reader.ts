// Workbook files read with ExcelJS's full loader: the reference the command line's own
// package reader (src/cli/xlsx/) is compared with, and the ExcelJS side of the benchmark.
import ExcelJS from 'exceljs';
import { workbookSnapshots } from '../../src/cli/worksheet-snapshot';
import type { SheetSnapshot } from '../../src/engine/types';

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export async function exceljsSnapshots(file: string): Promise<SheetSnapshot[]> {
  return workbookSnapshots(await loadWorkbook(file));
}

export { workbookSnapshots };
