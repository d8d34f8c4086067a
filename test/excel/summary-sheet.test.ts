// Tổng hợp khối over the in-memory host: a fixed number of syncs at 2 and 30 units,
// live formulas that count as the engine does (and follow edits), the chart beside
// them, older Excels, and nothing of the user's touched.
import { createExcelGateway } from '../../src/excel/gateway';
import { checkWorkbook } from '../../src/engine/report';
import { classificationFormula } from '../../src/engine/score-formulas';
import { rankUnits, unitsOfWorkbook } from '../../src/engine/summary';
import type { Report, SheetSnapshot } from '../../src/engine/types';
import { chartsOf, createMemoryExcel, fromSnapshots, type MemoryExcel } from '../../src/memory-excel';
import { olderExcel } from '../support/older-excel';
import { scoreRows, type UnitScores } from '../support/score-sheets';

const DATE = { day: 1, month: 12, year: 2026 };
const ALL_SETS = () => true;

/** Unit i: scores that differ by unit, a bonus over its ceiling now and then, deductions written as 2 or -2. */
function unit(i: number): UnitScores {
  const d = i % 4;
  return {
    self: [10 - d, 10, 9, 15 - (i % 3), 10, 5],
    appraised: [10 - d, 9, 9, 14 - (i % 3), 10, 4],
    bonus: [
      [4, 3],
      [i % 5, (i % 5) - 1 < 0 ? 0 : (i % 5) - 1],
    ],
    penalty: [i % 2 ? 2 : -2, i % 3],
  };
}

/** Sheet names that need quoting in a formula, an apostrophe among them. */
const sheetName = (i: number) => (i === 1 ? "CĐ O'Neil" : `CĐ số ${i + 1}`);

function bloc(units: number): { host: MemoryExcel; snapshots: SheetSnapshot[] } {
  const snapshots = Array.from({ length: units }, (_, i) => ({ name: sheetName(i), origin: 'A1', values: scoreRows(unit(i)) }));
  return { host: createMemoryExcel(fromSnapshots(snapshots)), snapshots };
}

async function check(host: MemoryExcel, gw = createExcelGateway(host.excel, ALL_SETS)): Promise<Report> {
  return checkWorkbook(await gw.readSnapshots(), { file: 'khoi.xlsx', lang: 'vi' });
}

describe('Tổng hợp khối', () => {
  it('takes the same few syncs at 2 and at 30 units', async () => {
    const counts: number[] = [];
    for (const n of [2, 30]) {
      const { host } = bloc(n);
      const gw = createExcelGateway(host.excel, ALL_SETS);
      const report = await check(host, gw);
      expect(report.criteriaSheets).toHaveLength(n);
      host.resetStats();
      await gw.writeSummary(report, { date: DATE });
      counts.push(host.syncCount);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(2);
  });

  it("writes live formulas that count as the engine does, in rank order, and follow the user's edits", async () => {
    const { host } = bloc(6);
    const gw = createExcelGateway(host.excel, ALL_SETS);
    const report = await check(host, gw);
    const written = await gw.writeSummary(report, { date: DATE });
    expect(written).toEqual({ sheet: 'Tổng hợp', chart: 'named' });

    const expectRowsToMatch = (r: Report) => {
      const ranked = rankUnits(unitsOfWorkbook(r));
      expect(ranked.rankedBy).toBe('appraised');
      ranked.units.forEach((u, i) => {
        const row = 7 + i;
        const at = (col: string) => host.cell('Tổng hợp', `${col}${row}`);
        expect(at('B')?.value).toBe(u.unit);
        const { self, appraised } = u.result;
        const figures = [self.base, self.bonus, self.penalty, self.final, appraised!.base, appraised!.bonus, appraised!.penalty];
        expect(['C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => at(c)?.value)).toEqual(figures);
        expect(at('J')?.value).toBeCloseTo(appraised!.final, 9);
        expect(at('K')?.value).toBeCloseTo(appraised!.percent!, 9);
        for (const c of ['A', 'C', 'F', 'J', 'K']) expect(at(c)?.formula).toMatch(/^=/);
      });
      return ranked;
    };
    const before = expectRowsToMatch(report);
    expect(host.cell('Tổng hợp', `C${7 + before.units.findIndex((u) => u.sheet === sheetName(1))}`)?.formula).toContain(
      "'CĐ O''Neil'!",
    );

    // The last unit scores 20 more self and appraised points: its row's figures and every rank follow.
    const last = before.units[before.units.length - 1];
    const cell = last.table.sections[0].groups[0].criteria[0];
    await host.edit(last.sheet, cell.selfCell, 30);
    await host.edit(last.sheet, cell.appraisedCell, 30);
    const after = await check(host, gw);
    const reranked = rankUnits(unitsOfWorkbook(after));
    const rowOfLast = 7 + before.units.length - 1;
    expect(host.cell('Tổng hợp', `J${rowOfLast}`)?.value).toBeCloseTo(reranked.units[0].result.appraised!.final, 9);
    expect(host.cell('Tổng hợp', `A${rowOfLast}`)?.value).toBe(1);
  });

  it("classifies live by the workbook's rules table, as the totals sheet does", async () => {
    const rules = [
      ['Xếp loại', 'Từ (điểm)'],
      ['Xuất sắc', 60],
      ['Tốt', 57],
      ['Khá', 0],
    ];
    const snapshots = [0, 1, 2].map((i) => ({ name: sheetName(i), origin: 'A1', values: scoreRows(unit(i)) }));
    const host = createMemoryExcel(fromSnapshots([...snapshots, { name: 'Quy định', origin: 'A1', values: rules }]));
    const gw = createExcelGateway(host.excel, ALL_SETS);
    const report = await check(host, gw);
    expect(report.rules).toMatchObject({ source: 'workbook' });
    const { sheet } = await gw.writeSummary(report, { date: DATE });
    for (const row of [7, 8, 9])
      expect(host.cell(sheet, `L${row}`)?.formula).toBe(classificationFormula(`J${row}`, report.rules!));
  });

  it('adds a column chart of the final scores, its bars named after the units', async () => {
    const { host } = bloc(3);
    const gw = createExcelGateway(host.excel, ALL_SETS);
    const { sheet } = await gw.writeSummary(await check(host, gw), { date: DATE, lang: 'en' });
    const charts = chartsOf(host.sheet(sheet)!);
    expect(charts).toHaveLength(1);
    const id = host.sheet(sheet)!.id;
    expect(charts[0]).toMatchObject({
      type: 'ColumnClustered',
      title: "Units' final scores",
      legendVisible: false,
      source: { sheetId: id, rect: { top: 7, bottom: 9, left: 10, right: 10 } },
      categories: { sheetId: id, rect: { top: 7, bottom: 9, left: 2, right: 2 } },
    });
    expect(charts[0].position).not.toBeNull();
  });

  it('numbers the bars without ExcelApi 1.7, and leaves the chart out without charts, saying so', async () => {
    for (const [missing, expected] of [
      [['1.7'], 'numbered'],
      [['1.1', '1.7'], 'none'],
    ] as const) {
      const { host } = bloc(2);
      const older = olderExcel(host, [...missing]);
      const gw = createExcelGateway(older.excel, older.requirements);
      const result = await gw.writeSummary(await check(host, gw), { date: DATE });
      expect(result.chart).toBe(expected);
      const charts = chartsOf(host.sheet(result.sheet)!);
      expect(charts).toHaveLength(expected === 'none' ? 0 : 1);
      if (expected === 'numbered') expect(charts[0].categories).toBeNull();
    }
  });

  it("leaves the user's sheets as they were, takes a new name each time, and leaves nothing when a sync fails", async () => {
    const { host } = bloc(3);
    const gw = createExcelGateway(host.excel, ALL_SETS);
    const report = await check(host, gw);
    const before = host.snapshotModel();
    expect((await gw.writeSummary(report, { date: DATE })).sheet).toBe('Tổng hợp');
    expect(host.snapshotModel().sheets.slice(0, 3)).toEqual(before.sheets);
    expect((await gw.writeSummary(report, { date: DATE })).sheet).toBe('Tổng hợp (2)');
    const withTwo = host.snapshotModel();
    host.failSyncAt(2);
    await expect(gw.writeSummary(report, { date: DATE })).rejects.toMatchObject({ name: 'GatewayError' });
    expect(host.snapshotModel()).toEqual(withTwo);
  });

  it('is not read as a unit when the workbook is checked again', async () => {
    const { host } = bloc(2);
    const gw = createExcelGateway(host.excel, ALL_SETS);
    await gw.writeSummary(await check(host, gw), { date: DATE });
    expect((await check(host, gw)).criteriaSheets.map((c) => c.sheet)).toEqual([sheetName(0), sheetName(1)]);
  });
});
