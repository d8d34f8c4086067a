// Every writer keeps the monthly plan's print setup and its rules: the Office.js
// gateway (over the in-memory host), the workbench's download of that host, and the
// command line's package writer.
import ExcelJS from 'exceljs';
import { newWorkbookPackage } from '../../src/cli/xlsx/add-sheets';
import { toRunner } from '../../src/excel/runner';
import { insertSheet } from '../../src/excel/write-sheet';
import { DEFAULT_PLAN_SETTINGS, PLAN_HEADER_ROW, buildMonthlyPlanSheet } from '../../src/engine/template';
import type { PlanSettings, SheetSpec } from '../../src/engine/types';
import { createMemoryExcel } from '../../src/memory-excel';
import { writeXlsx } from '../../src/workbench/xlsx-export';

const plan = (orientation: PlanSettings['orientation']): SheetSpec =>
  buildMonthlyPlanSheet({
    month: 4,
    year: 2024,
    tasks: [],
    settings: { ...DEFAULT_PLAN_SETTINGS, unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM', orientation },
    date: { day: 5, month: 2, year: 2024 },
  });

/** Cells whose style draws only the rule under a line. */
const ruleCells = (spec: SheetSpec) => spec.cells.filter((c) => spec.styles[c.style ?? ''].borderBottom);

function expectPageSetup(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const m = spec.print.margins!;
  expect(ws.pageSetup).toMatchObject({
    orientation: spec.print.orientation,
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  expect(ws.pageSetup.printTitlesRow?.replace(/\$/g, '')).toBe(`${PLAN_HEADER_ROW}:${PLAN_HEADER_ROW}`);
  for (const side of ['top', 'bottom', 'left', 'right'] as const) expect(ws.pageSetup.margins?.[side]).toBeCloseTo(m[side], 3);
}

describe.each(['landscape', 'portrait'] as const)('the %s plan', (orientation) => {
  const spec = plan(orientation);

  it('has rules to draw', () => {
    expect(ruleCells(spec).length).toBeGreaterThan(0);
  });

  it('keeps its page setup and rules through the gateway and the workbench download', async () => {
    const host = createMemoryExcel({ sheets: [{ name: 'Nhiệm vụ', cells: { A1: { value: 'TT' } } }] });
    const name = await insertSheet(toRunner(host.excel), spec, true);
    const data = host.snapshotModel();
    const sheet = data.sheets.find((s) => s.name === name)!;
    const m = spec.print.margins!;
    expect(sheet.pageLayout).toMatchObject({
      orientation: orientation === 'landscape' ? 'Landscape' : 'Portrait',
      paperSize: 'A4',
      fitToPagesWide: 1,
      printTitleRows: `${PLAN_HEADER_ROW}:${PLAN_HEADER_ROW}`,
      margins: { top: m.top * 72, bottom: m.bottom * 72, left: m.left * 72, right: m.right * 72 },
    });
    for (const c of ruleCells(spec)) {
      expect(sheet.cells![c.address].format).toMatchObject({ borderBottom: 'Continuous' });
      expect(sheet.cells![c.address].format?.borderTop).toBeUndefined();
    }

    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await writeXlsx(data));
    expectPageSetup(downloaded.getWorksheet(name)!, spec);
    // The workbook's own sheet keeps Excel's default page (portrait, no fitting).
    expect(downloaded.getWorksheet('Nhiệm vụ')!.pageSetup.fitToPage).toBeFalsy();
  });

  it('keeps its page setup and rules through the command line writer', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(newWorkbookPackage([spec]) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet(spec.name)!;
    expectPageSetup(ws, spec);
    for (const c of ruleCells(spec)) {
      expect(ws.getCell(c.address).border).toEqual({ bottom: { style: 'thin' } });
    }
  });
});
