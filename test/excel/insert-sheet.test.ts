import { insertSheet, planSpecWrite } from '../../src/excel/write-sheet';
import { toRunner } from '../../src/excel/runner';
import type { SheetSpec } from '../../src/engine/types';
import { createMemoryExcel, MemoryOfficeError, type WorkbookData } from '../../src/memory-excel';

function spec(name = 'Kế hoạch T5'): SheetSpec {
  return {
    name,
    columnWidths: [6, 60, 20],
    rowHeights: { 1: 30, 2: 30 },
    cells: [
      { address: 'A1', value: 'KẾ HOẠCH THÁNG 5', style: 'title' },
      { address: 'A3', value: 'TT', style: 'head' },
      { address: 'B3', value: 'Nội dung', style: 'head' },
      { address: 'C3', value: 'Ghi chú', style: 'head' },
      { address: 'A4', value: 1, style: 'body' },
      { address: 'B4', value: '=HYPERLINK("http://evil","bấm")', style: 'body' },
      { address: 'C4', value: "+cmd|' /C calc'!A0", style: 'body' },
      { address: 'A5', value: 2, style: 'body' },
      { address: 'B5', value: '- Tuyên truyền kỷ niệm ngày lễ', style: 'body' },
      { address: 'C5', value: '05', style: 'body' },
      { address: 'A6', value: null, formula: '=SUM(A4:A5)', style: 'body' },
    ],
    merges: ['A1:C1'],
    styles: {
      title: { bold: true, fontSize: 14, horizontal: 'center' },
      head: { bold: true, border: true, fill: '#D9E1F2', horizontal: 'center', vertical: 'middle', wrap: true },
      body: { border: true, vertical: 'top', wrap: true, fontName: 'Times New Roman' },
    },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      titleRows: '3:3',
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
    },
    freezeRows: 3,
  };
}

function workbook(): WorkbookData {
  return {
    sheets: [
      { name: 'Kế hoạch T5', cells: { A1: { value: 'cũ' } } },
      { name: 'Nhiệm vụ 2024', cells: { B2: { value: 'x', format: { bold: true } } }, merges: ['B2:C2'] },
    ],
    settings: { k: 'v' },
  };
}

describe('insertSheet', () => {
  it('writes a new sheet with a unique name in 2 syncs and touches no other sheet', async () => {
    const host = createMemoryExcel(workbook());
    const before = host.snapshotModel();
    const name = await insertSheet(toRunner(host.excel), spec(), true);
    expect(name).toBe('Kế hoạch T5 (2)');
    expect(host.syncCount).toBe(2);
    const after = host.snapshotModel();
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    expect(after.settings).toEqual(before.settings);
    expect(after.activeSheet).toBe(name);
  });

  it('keeps formula-like and number-like text as text, and writes only the given formulas', async () => {
    const host = createMemoryExcel(workbook());
    const name = await insertSheet(toRunner(host.excel), spec(), true);
    expect(host.cell(name, 'B4')).toMatchObject({ value: '=HYPERLINK("http://evil","bấm")', numberFormat: '@' });
    expect(host.cell(name, 'B4')?.formula).toBeUndefined();
    expect(host.cell(name, 'C4')?.formula).toBeUndefined();
    expect(host.cell(name, 'B5')?.value).toBe('- Tuyên truyền kỷ niệm ngày lễ');
    expect(host.cell(name, 'C5')?.value).toBe('05');
    expect(host.cell(name, 'A4')?.value).toBe(1);
    expect(host.cell(name, 'A6')).toMatchObject({ formula: '=SUM(A4:A5)', value: 3 });
  });

  it('renders styles, merges, sizes, page layout and frozen rows', async () => {
    const host = createMemoryExcel(workbook());
    const name = await insertSheet(toRunner(host.excel), spec(), true);
    const sheet = host.snapshotModel().sheets.find((s) => s.name === name)!;
    expect(sheet.merges).toEqual(['A1:C1']);
    expect(sheet.cells!.A1.format).toMatchObject({ bold: true, fontSize: 14, horizontal: 'Center' });
    expect(sheet.cells!.B3.format).toMatchObject({
      fill: '#D9E1F2',
      vertical: 'Center',
      wrap: true,
      borderTop: 'Continuous',
      borderLeft: 'Continuous',
    });
    expect(sheet.cells!.B5.format).toMatchObject({
      fontName: 'Times New Roman',
      borderBottom: 'Continuous',
      borderTop: 'Continuous',
    });
    expect(sheet.columnWidths).toEqual({ A: 35.25, B: 318.75, C: 108.75 });
    // Row 1 holds a merged cell (Excel cannot fit it): its estimate; row 2 is fitted by Excel (autofitRows).
    expect(sheet.rowHeights).toEqual({ 1: 30 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      printTitleRows: '3:3',
      margins: { top: 36, bottom: 36, left: 28.8, right: 28.8 },
    });
    expect(sheet.freezeRows).toBe(3);
  });

  it('skips page layout and frozen rows where the host lacks them', async () => {
    const host = createMemoryExcel(workbook());
    const name = await insertSheet(toRunner(host.excel), spec('Mới'), false);
    const sheet = host.snapshotModel().sheets.find((s) => s.name === name)!;
    expect(sheet.freezeRows).toBe(0);
    expect(sheet.pageLayout?.orientation).toBe('Portrait');
  });

  it.each([
    ['the whole write sync fails', { afterCommands: 0 }],
    ['Excel stops midway, after the sheet was added', { afterCommands: 5 }],
  ])('leaves the workbook as it was when %s', async (_label, fault) => {
    const host = createMemoryExcel(workbook());
    const before = host.snapshotModel();
    host.failSyncAt(2, fault);
    await expect(insertSheet(toRunner(host.excel), spec(), true)).rejects.toBeInstanceOf(MemoryOfficeError);
    expect(host.snapshotModel()).toEqual(before);
  });

  it('writes large specs in several syncs, each under the payload budget', async () => {
    const host = createMemoryExcel(workbook());
    const big = spec('Lớn');
    for (let r = 10; r < 30_000; r++)
      big.cells.push({
        address: `B${r}`,
        value: `Nhiệm vụ số ${r}: ${'tổ chức các hoạt động chăm lo cho người lao động; '.repeat(3)}`,
        style: 'body',
      });
    const name = await insertSheet(toRunner(host.excel), big, true);
    expect(host.syncCount).toBeGreaterThan(2);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(host.cell(name, 'B29999')?.value).toMatch(/^Nhiệm vụ số 29999/);
  }, 30_000);
});

describe('planSpecWrite', () => {
  it('writes a block of formula cells as one rectangle', () => {
    const s = spec();
    s.cells.push(
      { address: 'B6', value: 0, formula: '=B4' },
      { address: 'A7', value: 0, formula: '=A6' },
      { address: 'B7', value: 0, formula: '=B6' },
    );
    expect(planSpecWrite(s).formulas).toEqual([
      {
        top: 6,
        left: 1,
        formulas: [
          ['=SUM(A4:A5)', '=B4'],
          ['=A6', '=B6'],
        ],
      },
    ]);
  });

  it('puts text cells in "@" and formulas apart from values', () => {
    const plan = planSpecWrite(spec());
    expect(plan.numberFormats[3][1]).toBe('@');
    expect(plan.numberFormats[3][0]).toBe('General');
    expect(plan.values[5][0]).toBe('');
    expect(plan.formulas).toEqual([{ top: 6, left: 1, formulas: [['=SUM(A4:A5)']] }]);
    expect(plan.styles.find((s) => s.address === 'A4:C5')?.style.fontName).toBe('Times New Roman');
  });
});
