import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runPlan } from '../../src/cli/plan-command';
import { SEED_XLSX } from '../support/xlsx';

let dir: string;
let lines: { out: string[]; err: string[] };
const io = { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l) };

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-plan-'));
  lines = { out: [], err: [] };
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every non-empty cell of a sheet: address -> value and formula. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, { value: unknown; formula: string | undefined }> {
  const cells = new Map<string, { value: unknown; formula: string | undefined }>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, { value: cell.value, formula: cell.formula });
    });
  });
  return cells;
}

/** The table rows of the plan sheet: [TT, text, note] below the header row. */
function planRows(ws: ExcelJS.Worksheet, textHeader = 'Nội dung công việc'): [unknown, unknown, unknown][] {
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.getCell(2).value === textHeader) header = n;
  });
  if (!header) throw new Error(`no "${textHeader}" header in ${ws.name}`);
  const rows: [unknown, unknown, unknown][] = [];
  for (let r = header + 1; ws.getRow(r).getCell(2).value !== null; r++) {
    const row = ws.getRow(r);
    rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(7).value]);
  }
  return rows;
}

async function writeWorkbook(file: string, fill: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  await wb.xlsx.writeFile(file);
}

describe('thidua plan on the seed', () => {
  it('adds the April sheet with its seven tasks in order, the first one holding its continuation', async () => {
    const out = path.join(dir, 'out.xlsx');
    expect(await runPlan({ file: SEED_XLSX, month: 4, out, lang: 'vi' }, io)).toBe(0);
    expect(lines.out).toHaveLength(1);
    expect(lines.out[0]).toContain('KH T04-2024');
    expect(lines.out[0]).toContain('7');
    const ws = (await read(out)).getWorksheet('KH T04-2024');
    expect(ws).toBeDefined();
    const rows = planRows(ws!);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows[0][1]).toContain('Tổ chức các hoạt động Tháng Công nhân');
    expect(rows[0][1]).toContain('trợ người lao động có hoàn cảnh khó khăn');
    expect(rows[1][1]).toMatch(/^Triển khai mô hình "Sức khỏe của bạn"/);
    expect(ws!.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it('writes month 1 task 1 as two plain lines', async () => {
    const out = path.join(dir, 'jan.xlsx');
    expect(await runPlan({ file: SEED_XLSX, month: 1, out, lang: 'en' }, io)).toBe(0);
    const ws = (await read(out)).getWorksheet('KH T01-2024');
    const rows = planRows(ws!, 'Task');
    expect(rows).toHaveLength(12);
    const first = String(rows[0][1]);
    expect(first).not.toMatch(/<\/?p>/);
    expect(first.split('\n')).toHaveLength(2);
    expect(first.split('\n')[1]).toContain('Tuyên truyền các chủ trương của Đảng');
    expect(lines.out[0]).toMatch(/^Added sheet "KH T01-2024" with 12 tasks/);
  });

  it('leaves every cell of every original sheet unchanged', async () => {
    const out = path.join(dir, 'out.xlsx');
    expect(await runPlan({ file: SEED_XLSX, month: 4, out, lang: 'vi' }, io)).toBe(0);
    const [before, after] = [await read(SEED_XLSX), await read(out)];
    expect(after.worksheets.map((w) => w.name)).toEqual([...before.worksheets.map((w) => w.name), 'KH T04-2024']);
    for (const ws of before.worksheets) {
      const copy = after.getWorksheet(ws.name)!;
      expect(cellsOf(copy)).toEqual(cellsOf(ws));
      expect(copy.model.merges).toEqual(ws.model.merges);
    }
  });

  it("takes the year from --year over the plan's", async () => {
    const out = path.join(dir, 'out.xlsx');
    expect(await runPlan({ file: SEED_XLSX, month: 12, year: 2025, out, lang: 'vi' }, io)).toBe(0);
    expect((await read(out)).getWorksheet('KH T12-2025')).toBeDefined();
  });
});

describe('thidua plan refuses', () => {
  it('to write over the input, even by another spelling of its path', async () => {
    const input = path.join(dir, 'in.xlsx');
    await fs.copyFile(SEED_XLSX, input);
    const bytes = await fs.readFile(input);
    for (const out of [input, path.join(dir, '.', 'sub', '..', 'in.xlsx')]) {
      lines = { out: [], err: [] };
      expect(await runPlan({ file: input, month: 4, out, lang: 'vi' }, io)).toBe(2);
      expect(lines.err).toHaveLength(1);
      expect(lines.err[0]).not.toContain('\n');
    }
    expect(await fs.readFile(input)).toEqual(bytes);
  });

  it.each([0, 13, 4.5, NaN])('month %p', async (month) => {
    const out = path.join(dir, 'out.xlsx');
    expect(await runPlan({ file: SEED_XLSX, month, out, lang: 'vi' }, io)).toBe(2);
    expect(lines.err).toHaveLength(1);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it('a missing or non-xlsx input, or an unwritable output, with one line naming the file', async () => {
    const text = path.join(dir, 'notes.xlsx');
    await fs.writeFile(text, 'not a workbook');
    for (const [file, out, named] of [
      [path.join(dir, 'missing.xlsx'), path.join(dir, 'o.xlsx'), 'missing.xlsx'],
      [text, path.join(dir, 'o.xlsx'), 'notes.xlsx'],
      [SEED_XLSX, path.join(dir, 'no-such-dir', 'o.xlsx'), 'o.xlsx'],
    ]) {
      lines = { out: [], err: [] };
      expect(await runPlan({ file, month: 1, out, lang: 'vi' }, io)).toBe(2);
      expect(lines.err).toHaveLength(1);
      expect(lines.err[0]).toContain(named);
    }
  });
});

describe('thidua plan on other workbooks', () => {
  it('adds a blank template when there is no plan table, with the current year', async () => {
    const input = path.join(dir, 'empty.xlsx');
    await writeWorkbook(input, (wb) => {
      wb.addWorksheet('Sheet1').getCell('A1').value = 'Không có kế hoạch';
    });
    const out = path.join(dir, 'out.xlsx');
    expect(await runPlan({ file: input, month: 3, out, lang: 'vi' }, io)).toBe(0);
    const year = new Date().getFullYear();
    const ws = (await read(out)).getWorksheet(`KH T03-${year}`);
    expect(ws).toBeDefined();
    expect(planRows(ws!)).toEqual([]);
    expect(lines.out[0]).toMatch(/Không thấy bảng kế hoạch/);
  });

  it('picks a free sheet name and keeps formula-like task text as text', async () => {
    const input = path.join(dir, 'plan.xlsx');
    await writeWorkbook(input, (wb) => {
      const ws = wb.addWorksheet('Kế hoạch');
      ws.addRows([
        ['TT', 'Nhiệm vụ', 'Ghi chú'],
        ['II', 'Tháng 02/2023', ''],
        [1, '=HYPERLINK("http://x","y")', '+ghi chú'],
        [2, '@việc', ''],
      ]);
      wb.addWorksheet('kh t02-2023').getCell('A1').value = { formula: 'SUM(1,2)', result: 3 };
    });
    const out = path.join(dir, 'out.xlsx');
    expect(await runPlan({ file: input, month: 2, out, lang: 'vi' }, io)).toBe(0);
    const wb = await read(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'kh t02-2023', 'KH T02-2023 (2)']);
    const ws = wb.getWorksheet('KH T02-2023 (2)')!;
    expect(planRows(ws)).toEqual([
      [1, '=HYPERLINK("http://x","y")', '+ghi chú'],
      [2, '@việc', null],
    ]);
    const cell = ws.getCell(`B${ws.getColumn(2).values.indexOf('=HYPERLINK("http://x","y")')}`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(wb.getWorksheet('kh t02-2023')!.getCell('A1').formula).toBe('SUM(1,2)');
  });
});
