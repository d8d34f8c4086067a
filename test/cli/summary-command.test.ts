// `thidua summary` over a folder of score sheets built here: ranks with a tie, a file
// with two criteria tables, an unreadable file, no rules, mixed appraised and
// unappraised units; the summary workbook read back with ExcelJS.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { newWorkbookPackage } from '../../src/cli/xlsx/add-sheets';
import { checkWorkbook } from '../../src/engine/report';
import { buildLiveSummarySheet, rankUnits, unitsOfReports } from '../../src/engine/summary';
import { loadWorkbook, workbookSnapshots } from '../support/exceljs-reader';
import { scoreRows, type UnitScores } from '../support/score-sheets';
import { tempDir, writeXlsx } from '../support/xlsx';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// Finals worked out by hand: base + min(6, bonus) − penalty.
const DIEN_LUC: UnitScores = {
  self: [10, 9, 10, 14, 10, 5],
  appraised: [10, 8, 10, 13, 10, 4],
  bonus: [
    [5, 4],
    [4, 2],
  ],
  penalty: [2, 2],
};
const DIEN_LUC_SELF = sum(DIEN_LUC.self) + 6 - 2; // 62
const DIEN_LUC_APPRAISED = sum(DIEN_LUC.appraised as number[]) + 6 - 2; // 59
const DAU_KHI: UnitScores = {
  self: [10, 10, 10, 14, 9, 5],
  appraised: [10, 10, 9, 14, 9, 5],
  bonus: [
    [3, 3],
    [3, 3],
  ],
  penalty: [2, 1],
};
const DAU_KHI_SELF = sum(DAU_KHI.self) + 6 - 2; // 62: a tie with Điện lực
const DAU_KHI_APPRAISED = sum(DAU_KHI.appraised as number[]) + 6 - 1; // 62
const UNIT_A: UnitScores = { self: [9, 9, 9, 12, 8, 4] };
const UNIT_B: UnitScores = { self: [8, 8, 8, 10, 8, 4], appraised: null, lastTitle: 'Chăm lo đoàn viên ốm đau, khó khăn' };

interface Fixture {
  dir: string;
  out: string;
}

async function bloc(withOthers: boolean): Promise<Fixture> {
  const dir = tempDir();
  const folder = path.join(dir, 'ho-so');
  mkdirSync(folder);
  await writeXlsx(path.join(folder, 'CĐ Điện lực.xlsx'), { 'Bảng điểm': scoreRows(DIEN_LUC) as ExcelJS.CellValue[][] });
  await writeXlsx(path.join(folder, 'CĐ Dầu khí.xlsx'), { 'Bảng điểm': scoreRows(DAU_KHI) as ExcelJS.CellValue[][] });
  if (withOthers) {
    await writeXlsx(path.join(folder, 'CĐ Hai bảng.xlsx'), {
      'Đơn vị A': scoreRows(UNIT_A) as ExcelJS.CellValue[][],
      'Đơn vị B': scoreRows(UNIT_B) as ExcelJS.CellValue[][],
    });
    writeFileSync(path.join(folder, 'hong.xlsx'), 'not a workbook');
  }
  return { dir: folder, out: path.join(dir, 'TONG-HOP.xlsx') };
}

describe('thidua summary over a folder with a tie, two tables in one file, an unreadable file, no rules', () => {
  let fx: Fixture;
  let r: Awaited<ReturnType<typeof run>>;
  let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    fx = await bloc(true);
    r = await run('summary', fx.dir, '--out', fx.out, '--json');
    json = JSON.parse(r.out);
  });

  it('names the unreadable file on one stderr line, exits 2, and still summarizes the others', () => {
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain(path.join(fx.dir, 'hong.xlsx'));
    expect(json.files).toEqual([
      { file: path.join(fx.dir, 'CĐ Dầu khí.xlsx'), status: 'ok' },
      { file: path.join(fx.dir, 'CĐ Hai bảng.xlsx'), status: 'ok' },
      { file: path.join(fx.dir, 'CĐ Điện lực.xlsx'), status: 'ok' },
      { file: path.join(fx.dir, 'hong.xlsx'), status: 'unreadable', message: r.err },
    ]);
    expect(existsSync(fx.out)).toBe(true);
  });

  it('ranks by self score when a unit has no appraised score, equal scores sharing a rank', () => {
    expect(json.rankedBy).toBe('self');
    expect(json.units.map((u: { unit: string; rank: number }) => [u.unit, u.rank])).toEqual([
      ['CĐ Dầu khí', 1],
      ['CĐ Điện lực', 1],
      ['CĐ Hai bảng › Đơn vị A', 3],
      ['CĐ Hai bảng › Đơn vị B', 4],
    ]);
    const byName = Object.fromEntries(json.units.map((u: { unit: string }) => [u.unit, u]));
    expect(byName['CĐ Điện lực'].result.self.final).toBe(DIEN_LUC_SELF);
    expect(byName['CĐ Điện lực'].result.appraised.final).toBe(DIEN_LUC_APPRAISED);
    expect(byName['CĐ Dầu khí'].result.self.final).toBe(DAU_KHI_SELF);
    expect(byName['CĐ Hai bảng › Đơn vị A'].result.appraised).toBeNull();
    expect(byName['CĐ Hai bảng › Đơn vị B']).toMatchObject({ file: path.join(fx.dir, 'CĐ Hai bảng.xlsx'), sheet: 'Đơn vị B' });
  });

  it('leaves classification blank without rules', () => {
    for (const u of json.units) expect(u.result.classification).toBeNull();
  });

  it('writes Tổng hợp with one row per unit in rank order, print-ready', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fx.out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Chi tiết']);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const rows = json.units.map((_: unknown, i: number) => ws.getRow(7 + i));
    expect(rows.map((row: ExcelJS.Row) => row.getCell(2).value)).toEqual(json.units.map((u: { unit: string }) => u.unit));
    expect(rows.map((row: ExcelJS.Row) => row.getCell(1).value)).toEqual([1, 1, 3, 4]);
    // Self base, bonus, penalty, final; appraised final; classification (blank).
    expect([3, 4, 5, 6, 10].map((c) => rows[1].getCell(c).value)).toEqual([
      sum(DIEN_LUC.self),
      6,
      2,
      DIEN_LUC_SELF,
      DIEN_LUC_APPRAISED,
    ]);
    expect(rows[2].getCell(10).value).toBeNull();
    expect(rows[1].getCell(12).value).toBeNull();
    expect(ws.getCell('A1').value).toMatch(/TỔNG HỢP/);
    expect(ws.getCell('A2').value).toMatch(/^Ngày \d+ tháng \d+ năm \d{4}$/);
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(sheet.pageSetup.printTitlesRow).toBe('5:6');
      expect(sheet.getCell('B7').font).toMatchObject({ name: 'Times New Roman', size: 13 });
    }
  });

  it('writes Chi tiết: criteria matched across units, the differing ones blank and said so, disagreements shaded', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fx.out);
    const ws = wb.getWorksheet('Chi tiết')!;
    const units = json.units.map((u: { unit: string }) => u.unit);
    units.forEach((u: string, i: number) => expect(ws.getCell(5, 4 + i * 2).value).toBe(u));
    const titles: string[] = [];
    ws.eachRow((row, n) => {
      if (n >= 7) titles.push(String(row.getCell(2).value ?? ''));
    });
    // Six base criteria of which one differs in Đơn vị B: seven rows, each once.
    const base = titles.filter((t) => /Chăm lo|Phát triển|Xây dựng|Đào tạo|Thương lượng|Hội nghị/.test(t));
    expect(base).toHaveLength(7);
    expect(new Set(base).size).toBe(7);
    const rowOf = (title: string) => 7 + titles.indexOf(title);
    const b = units.indexOf('CĐ Hai bảng › Đơn vị B');
    const tet = rowOf('Chăm lo Tết cho đoàn viên, người lao động');
    expect(ws.getCell(tet, 4 + b * 2).value).toBeNull();
    expect(String(ws.getCell(tet, 4 + units.length * 2).value)).toContain('CĐ Hai bảng › Đơn vị B');
    expect(ws.getCell(rowOf('Chăm lo đoàn viên ốm đau, khó khăn'), 4 + b * 2).value).toBe(4);
    // The differing criterion in two rows, and the bonus and penalty rows that units A and B lack.
    expect(String(ws.getCell('A3').value)).toMatch(/^5 tiêu chí không có ở mọi đơn vị/);
    // Điện lực: 1.2 self 9, appraised 8 is shaded; 1.1 (10 and 10) is not.
    const d = units.indexOf('CĐ Điện lực');
    const shaded = (row: number) => (ws.getCell(row, 5 + d * 2).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(ws.getCell(rowOf('Xây dựng công đoàn cơ sở vững mạnh'), 5 + d * 2).value).toBe(8);
    expect(shaded(rowOf('Xây dựng công đoàn cơ sở vững mạnh'))).toBe('FFFFE699');
    expect(shaded(rowOf('Phát triển đoàn viên mới'))).not.toBe('FFFFE699');
  });

  it('prints the ranked table for people', async () => {
    const again = await run('summary', fx.dir, '--out', path.join(path.dirname(fx.out), 'TONG-HOP-2.xlsx'), '--lang', 'en');
    expect(again.code).toBe(2);
    const lines = again.out.split('\n');
    expect(lines[0]).toBe('Ranked by self score');
    expect(lines[1]).toMatch(/^Rank\s+Unit\s+Self\s+Appraised/);
    expect(lines.slice(2, 6).map((l) => l.replace(/^\s*\d+\s+/, '').split(/\s{2,}/)[0])).toEqual(
      json.units.map((u: { unit: string }) => u.unit),
    );
    expect(again.out).toContain('5 criteria not in every unit');
    expect(again.out).toContain('(4 units)');
  });
});

describe('thidua summary, all appraised', () => {
  it('ranks by appraised score and exits 0', async () => {
    const fx = await bloc(false);
    const r = await run('summary', fx.dir, '--out', fx.out, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.rankedBy).toBe('appraised');
    expect(json.units.map((u: { unit: string; rank: number }) => [u.unit, u.rank])).toEqual([
      ['CĐ Dầu khí', 1],
      ['CĐ Điện lực', 2],
    ]);
    expect(json.units[0].result.appraised.final).toBe(DAU_KHI_APPRAISED);
  });

  it('classifies by a rules file, and refuses one it cannot read in one line before writing anything', async () => {
    const fx = await bloc(false);
    const rules = path.join(path.dirname(fx.out), 'quy-che.json');
    writeFileSync(
      rules,
      JSON.stringify({
        basis: 'points',
        bands: [
          { label: 'Xuất sắc', min: 60 },
          { label: 'Tốt', min: 55 },
        ],
      }),
    );
    const r = await run('summary', fx.dir, '--rules', rules, '--out', fx.out, '--json');
    expect(r.code).toBe(0);
    const units = JSON.parse(r.out).units;
    expect(units.map((u: { result: { classification: unknown } }) => u.result.classification)).toEqual([
      { self: 'Xuất sắc', appraised: 'Xuất sắc' },
      { self: 'Xuất sắc', appraised: 'Tốt' },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fx.out);
    expect(['L7', 'L8'].map((a) => wb.getWorksheet('Tổng hợp')!.getCell(a).value)).toEqual(['Xuất sắc', 'Tốt']);

    writeFileSync(rules, '{ "bands": [] }');
    const other = path.join(path.dirname(fx.out), 'KHAC.xlsx');
    const bad = await run('summary', fx.dir, '--rules', rules, '--out', other);
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')).toHaveLength(1);
    expect(bad.err).toContain(rules);
    expect(existsSync(other)).toBe(false);
  });

  it('exits 1 when a unit has an error-severity issue', async () => {
    const fx = await bloc(false);
    await writeXlsx(path.join(fx.dir, 'CĐ Quá điểm.xlsx'), {
      T: scoreRows({ self: [12, 10, 10, 15, 10, 5], appraised: [10, 10, 10, 15, 10, 5] }) as ExcelJS.CellValue[][],
    });
    const r = await run('summary', fx.dir, '--out', fx.out, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).units.find((u: { unit: string }) => u.unit === 'CĐ Quá điểm').errors).toBeGreaterThan(0);
  });
});

describe("the pane's variant, written with the file writer", () => {
  it("keeps its figures as formulas over the units' cells, with today's values cached", async () => {
    const fx = await bloc(false);
    const inputs = await Promise.all(
      ['CĐ Dầu khí', 'CĐ Điện lực'].map(async (name) => {
        const file = path.join(fx.dir, `${name}.xlsx`);
        const wb = await loadWorkbook(file);
        return { file, report: checkWorkbook(workbookSnapshots(wb), { file, lang: 'vi' }) };
      }),
    );
    const summary = rankUnits(unitsOfReports(inputs));
    const bytes = newWorkbookPackage([buildLiveSummarySheet(summary, { date: { day: 1, month: 1, year: 2026 } })]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const final = wb.getWorksheet('Tổng hợp')!.getCell('J7').value as ExcelJS.CellFormulaValue;
    expect(final.formula).toBe('IF(G7="","",G7+H7-I7)');
    expect(final.result).toBe(DAU_KHI_APPRAISED);
    const base = wb.getWorksheet('Tổng hợp')!.getCell('C7').value as ExcelJS.CellFormulaValue;
    expect(base.formula).toMatch(/^SUM\('Bảng điểm'!D\d+:D\d+\)\+SUM\('Bảng điểm'!D\d+:D\d+\)$/);
  });
});

describe('thidua summary never loses a file', () => {
  it('refuses an OUT that exists, or that is an input, before reading anything', async () => {
    const fx = await bloc(false);
    writeFileSync(fx.out, 'mine');
    const r = await run('summary', fx.dir, '--out', fx.out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(fx.out);
    expect(readFileSync(fx.out, 'utf8')).toBe('mine');
    const input = path.join(fx.dir, 'CĐ Dầu khí.xlsx');
    const before = readFileSync(input);
    const s = await run('summary', fx.dir, '--out', input, '--lang', 'en');
    expect(s.code).toBe(2);
    expect(s.err).toContain('is one of the inputs');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('says why OUT cannot be written in the words plan uses, but offers no --force', async () => {
    const fx = await bloc(false);
    const input = path.join(fx.dir, 'CĐ Dầu khí.xlsx');
    const folder = path.join(tempDir(), 'folder.xlsx');
    mkdirSync(folder);
    for (const [out, extra] of [
      [folder, []],
      [path.join(fx.dir, 'nowhere', 'out.xlsx'), []],
      [input, ['--force']],
    ] as const) {
      const summary = await run('summary', fx.dir, '--out', out);
      const plan = await run('plan', input, '--month', '4', '--out', out, ...extra);
      expect(summary.code).toBe(2);
      expect(summary.err).toBe(plan.err);
    }
    writeFileSync(fx.out, 'mine');
    const exists = await run('summary', fx.dir, '--out', fx.out);
    expect(exists.err).toBe(`${fx.out}: tệp đã có; hãy chọn tên khác (không ghi đè)`);
    expect((await run('plan', input, '--month', '4', '--out', fx.out)).err).toBe(`${fx.out}: tệp đã có; thêm --force để ghi đè`);
  });

  it('does not take its own summary for a unit when the folder holds it', async () => {
    const fx = await bloc(false);
    const inside = path.join(fx.dir, 'TONG-HOP.xlsx');
    expect((await run('summary', fx.dir, '--out', inside)).code).toBe(0);
    const r = await run('summary', fx.dir, '--out', fx.out, '--json');
    expect(JSON.parse(r.out).units.map((u: { unit: string }) => u.unit)).toEqual(['CĐ Dầu khí', 'CĐ Điện lực']);
  });
});
