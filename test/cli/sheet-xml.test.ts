// The sheet renderer of `plan` and of new workbooks, read back by ExcelJS (another reader
// than ours): every feature of a SheetSpec is written.
import ExcelJS from 'exceljs';
import { newWorkbookPackage } from '../../src/cli/xlsx/add-sheets';
import type { SheetSpec } from '../../src/engine/types';

const SPEC: SheetSpec = {
  name: 'KH T04-2024',
  columnWidths: [6, 50, 12],
  rowHeights: { 2: 40 },
  cells: [
    { address: 'A1', value: 'Tiêu đề', style: 'title' },
    { address: 'B1', value: null, style: 'title' },
    { address: 'A2', value: 1, style: 'cell' },
    { address: 'B2', value: '=SUM(A1:A2)', style: 'cell' },
    { address: 'C2', value: '+84 90', style: 'cell' },
    { address: 'C3', value: 3, formula: '=SUM(A2:A2)', style: 'cell' },
    { address: 'B3', value: null, style: 'cell' },
    { address: 'A4', value: 'Hà Nội, ngày 1 tháng 4 năm 2024', style: 'rule' },
  ],
  merges: ['A1:B1'],
  styles: {
    title: {
      fontName: 'Times New Roman',
      fontSize: 14,
      bold: true,
      italic: true,
      underline: true,
      horizontal: 'center',
      vertical: 'middle',
    },
    cell: {
      fontName: 'Times New Roman',
      fontSize: 13,
      wrap: true,
      border: true,
      fill: '#f2f2f2',
      numberFormat: '@',
      vertical: 'top',
    },
    rule: { borderBottom: true, fontName: 'Times New Roman', numberFormat: '#,##0.0 "điểm"' },
  },
  print: {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: true,
    titleRows: '2:2',
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 },
  },
  freezeRows: 2,
};

/** Renders the spec into a new package (after sheets of the given names) and reads it with ExcelJS. */
async function roundTrip(existing: string[] = []): Promise<{ ws: ExcelJS.Worksheet; name: string }> {
  const specs = [...existing.map((name) => ({ ...SPEC, name, cells: [], merges: [] })), SPEC];
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(newWorkbookPackage(specs) as unknown as ArrayBuffer);
  const ws = back.worksheets[back.worksheets.length - 1];
  return { ws, name: ws.name };
}

describe('newWorkbookPackage', () => {
  it('writes text as text and formulas only where the spec has one', async () => {
    const { ws } = await roundTrip();
    expect(ws.getCell('B2').value).toBe('=SUM(A1:A2)');
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C2').value).toBe('+84 90');
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getCell('C3').formula).toBe('SUM(A2:A2)');
  });

  it('applies fonts, alignment, wrap, borders, fill and number format', async () => {
    const { ws } = await roundTrip();
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true, italic: true, underline: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    const cell = ws.getCell('B3');
    expect(cell.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(cell.border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } });
    expect(cell.numFmt).toBe('@');
    expect(ws.getCell('A4').border).toEqual({ bottom: { style: 'thin' } });
    expect(ws.getCell('A4').font).toMatchObject({ name: 'Times New Roman', size: 11 });
    expect(ws.getCell('A4').numFmt).toBe('#,##0.0 "điểm"');
  });

  it('merges, sizes columns and rows', async () => {
    const { ws } = await roundTrip();
    expect(ws.model.merges).toEqual(['A1:B1']);
    expect(ws.getCell('A1').value).toBe('Tiêu đề');
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([6, 50, 12]);
    expect(ws.getRow(2).height).toBe(40);
  });

  it('sets A4 landscape, fit to one page wide, print titles, margins and frozen rows', async () => {
    const { ws } = await roundTrip();
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('picks a name no other sheet has, regardless of case', async () => {
    const { name } = await roundTrip(['kh t04-2024', 'Tiêu chí']);
    expect(name).toBe('KH T04-2024 (2)');
    expect((await roundTrip()).name).toBe('KH T04-2024');
  });
});
