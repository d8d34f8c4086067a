// The workbench's .xlsx <-> in-memory host bridge: what goes out comes back, and the
// seed opens into a host the engine can read.
import { readFileSync } from 'node:fs';
import { createMemoryExcel, type WorkbookData } from '../../src/memory-excel';
import { readXlsx } from '../../src/workbench/xlsx-import';
import { writeXlsx } from '../../src/workbench/xlsx-export';
import { SEED_XLSX } from '../support/xlsx';

const roundTrip = async (data: WorkbookData) => readXlsx(await writeXlsx(data));

const sample: WorkbookData = {
  sheets: [
    {
      name: 'Điểm',
      cells: {
        A1: {
          value: 'Tiêu chí',
          format: { bold: true, fill: '#D9E1F2', horizontal: 'Center', vertical: 'Center', borderBottom: 'Continuous' },
        },
        B1: { value: 'Điểm', format: { italic: true, fontColor: '#C00000', fontName: 'Times New Roman', fontSize: 13 } },
        A2: { value: '<img src=x onerror=alert(1)>', format: { wrap: true } },
        B2: { value: 4.5, numberFormat: '0.00' },
        B3: { value: 2 },
        B4: { value: 6.5, formula: '=SUM(B2:B3)' },
        C1: { value: true },
        C2: { value: '#DIV/0!', formula: '=1/0' },
      },
      merges: ['A3:A4'],
      columnWidths: { A: 180, B: 60 },
      rowHeights: { '2': 45 },
      freezeRows: 1,
      validations: [
        {
          address: 'B2:B3',
          rule: { type: 'Decimal', operator: 'Between', formula1: 0, formula2: 5 },
          errorAlert: { showAlert: true, style: 'Stop', title: 'Sai điểm', message: 'Từ 0 đến 5' },
          prompt: { showPrompt: true, title: 'Điểm', message: '0–5' },
        },
      ],
      conditionalFormats: [{ address: 'B2:B4', formula: '=B2>5', fill: '#FFC7CE', fontColor: '#9C0006' }],
    },
    { name: 'Ẩn', visibility: 'Hidden', cells: { A1: { value: 'x' } } },
  ],
  activeSheet: 'Ẩn',
};

describe('xlsx bridge', () => {
  let back: WorkbookData;
  beforeAll(async () => {
    back = await roundTrip(sample);
  });
  const sheet = () => back.sheets[0];

  test('keeps sheet names, order, visibility and the active sheet', () => {
    expect(back.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Điểm', 'Visible'],
      ['Ẩn', 'Hidden'],
    ]);
    expect(back.activeSheet).toBe('Ẩn');
  });

  test('keeps values, formulas with their results, errors and number formats', () => {
    const cells = sheet().cells!;
    expect(cells.A2.value).toBe('<img src=x onerror=alert(1)>');
    expect(cells.B2).toMatchObject({ value: 4.5, numberFormat: '0.00' });
    expect(cells.B4).toMatchObject({ value: 6.5, formula: '=SUM(B2:B3)' });
    expect(cells.C1.value).toBe(true);
    expect(cells.C2).toMatchObject({ value: '#DIV/0!', formula: '=1/0' });
  });

  test('keeps merges, sizes and frozen rows', () => {
    expect(sheet().merges).toEqual(['A3:A4']);
    expect(sheet().columnWidths!.A).toBeCloseTo(180, 0);
    expect(sheet().columnWidths!.B).toBeCloseTo(60, 0);
    expect(sheet().rowHeights!['2']).toBe(45);
    expect(sheet().freezeRows).toBe(1);
  });

  test('keeps basic styles', () => {
    expect(sheet().cells!.A1.format).toMatchObject({
      bold: true,
      fill: '#D9E1F2',
      horizontal: 'Center',
      vertical: 'Center',
      borderBottom: 'Continuous',
    });
    expect(sheet().cells!.B1.format).toMatchObject({
      italic: true,
      fontColor: '#C00000',
      fontName: 'Times New Roman',
      fontSize: 13,
    });
    expect(sheet().cells!.A2.format).toMatchObject({ wrap: true });
  });

  test('keeps number validations with literal bounds, alerts and prompts', async () => {
    const validations = sheet().validations ?? [];
    expect(validations.map((v) => v.address)).toEqual(['B2:B3']);
    expect(validations[0].prompt).toEqual({ showPrompt: true, title: 'Điểm', message: '0–5' });
    const host = createMemoryExcel(back);
    expect(await host.typeInto('Điểm', 'B3', '6')).toEqual({
      accepted: false,
      alert: { style: 'Stop', title: 'Sai điểm', message: 'Từ 0 đến 5' },
    });
    expect((await host.typeInto('Điểm', 'B3', '5')).accepted).toBe(true);
    expect((await host.typeInto('Điểm', 'B4', '6')).accepted).toBe(true);
  });

  test('drops a number rule whose bound is a reference (ExcelJS reads it as NaN) instead of misreading it', async () => {
    const data: WorkbookData = {
      sheets: [
        {
          name: 'S',
          cells: { A1: { value: 5 } },
          validations: [{ address: 'B1', rule: { type: 'Decimal', operator: 'Between', formula1: 0, formula2: '=$A1' } }],
        },
      ],
    };
    const back = await roundTrip(data);
    expect(back.sheets[0].validations).toEqual([]);
  });

  test('keeps custom conditional formats, which flag the same cells afterwards', async () => {
    expect(sheet().conditionalFormats).toEqual([{ address: 'B2:B4', formula: '=B2>5', fill: '#FFC7CE', fontColor: '#9C0006' }]);
    const host = createMemoryExcel(back);
    expect(host.activeConditionalFormats('Điểm', 'B4')).toHaveLength(1);
    expect(host.activeConditionalFormats('Điểm', 'B2')).toHaveLength(0);
  });

  test('writes only the top-left value of a merge', async () => {
    const data: WorkbookData = { sheets: [{ name: 'S', cells: { A1: { value: 'gộp' } }, merges: ['A1:B2'] }] };
    const cells = (await roundTrip(data)).sheets[0].cells!;
    expect(cells.A1.value).toBe('gộp');
    for (const a of ['A2', 'B1', 'B2']) expect(cells[a]?.value).toBeUndefined();
  });
});

describe('the seed through the bridge', () => {
  test('opens into a host whose sheets read like the file', async () => {
    const bytes = readFileSync(SEED_XLSX);
    const data = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const host = createMemoryExcel(data);
    expect(host.model.sheets.map((s) => s.name)).toEqual(['Nhiệm vụ 2024', 'Tiêu chí 2023']);
    const criteria = host.sheetSnapshot('Tiêu chí 2023');
    expect(criteria.merges).toContain('A9:A17');
    expect(host.cell('Tiêu chí 2023', 'E9')?.value).toBe(5);
    expect(host.cell('Tiêu chí 2023', 'F17')?.value).toBe(10);
    expect(String(host.cell('Nhiệm vụ 2024', 'B2')?.value)).toMatch(/^<p>/);
  });
});
