// The bloc summary's engine: units and their names, issues per unit, criteria matched
// across units whose tables differ, and the sheets as data.
import { checkWorkbook } from '../../src/engine/report';
import { classificationFormula } from '../../src/engine/score-formulas';
import {
  buildDetailSheet,
  buildLiveSummarySheet,
  buildSummarySheet,
  matchCriteria,
  rankUnits,
  unitsOfReports,
  unitsOfWorkbook,
} from '../../src/engine/summary';
import type { CellValue, Report } from '../../src/engine/types';
import { scoreRows, type UnitScores } from '../support/score-sheets';

const DATE = { day: 3, month: 4, year: 2025 };

function report(file: string, sheets: Record<string, CellValue[][]>): Report {
  return checkWorkbook(
    Object.entries(sheets).map(([name, values]) => ({ name, origin: 'A1', values })),
    { file, lang: 'vi' },
  );
}

const GOOD: UnitScores = { self: [10, 9, 10, 14, 10, 5], appraised: [10, 8, 10, 13, 10, 4] };

describe('units', () => {
  it('are named after their file, or FILE › SHEET when a file holds several tables; repeated names get a number', () => {
    const units = unitsOfReports([
      { file: 'ho-so/CĐ Điện lực.xlsx', report: report('CĐ Điện lực.xlsx', { T: scoreRows(GOOD) }) },
      { file: 'ho-so/Hai.XLSX', report: report('Hai.XLSX', { A: scoreRows(GOOD), B: scoreRows(GOOD) }) },
      { file: 'khac/CĐ Điện lực.xlsx', report: report('CĐ Điện lực.xlsx', { T: scoreRows(GOOD) }) },
    ]);
    expect(units.map((u) => u.unit)).toEqual(['CĐ Điện lực', 'Hai › A', 'Hai › B', 'CĐ Điện lực (2)']);
    expect(units.map((u) => [u.file, u.sheet])[1]).toEqual(['ho-so/Hai.XLSX', 'A']);
  });

  it("count only their own table's errors and warnings", () => {
    const over = scoreRows({ ...GOOD, self: [12, 9, 10, 14, 10, 5] });
    const r = report('k.xlsx', { A: scoreRows(GOOD), B: over });
    const [a, b] = unitsOfWorkbook(r);
    expect(a.errors).toBe(0);
    expect(b.errors).toBe(r.summary.errors);
    expect(b.errors).toBeGreaterThan(0);
  });
});

describe('criteria matched across units', () => {
  it('by section label, order and folded title, a criterion only one unit has in its own row, in place', () => {
    const other = scoreRows({ ...GOOD, lastTitle: 'CHĂM LO TẾT CHO ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG' });
    const differ = scoreRows({ ...GOOD, lastTitle: 'Chăm lo đoàn viên ốm đau' });
    const units = unitsOfWorkbook(report('k.xlsx', { A: scoreRows(GOOD), B: other, C: differ }));
    const { rows, partial } = matchCriteria(units);
    expect(partial).toBe(2);
    expect(rows.map((r) => r.criterion.title).slice(4)).toEqual([
      'Tổ chức Hội nghị người lao động',
      'Chăm lo Tết cho đoàn viên, người lao động',
      'Chăm lo đoàn viên ốm đau',
    ]);
    // The upper-case title is the same criterion; the other one is C's alone.
    expect(rows[5].byUnit.map((c) => c?.self ?? null)).toEqual([5, 5, null]);
    expect(rows[6].byUnit.map((c) => c?.self ?? null)).toEqual([null, null, 5]);
  });
});

describe('the summary sheets', () => {
  const units = unitsOfWorkbook(
    report('k.xlsx', {
      A: scoreRows({ ...GOOD, bonus: [[5, 4]], penalty: [2, -2] }),
      "B'C": scoreRows({ self: [9, 9, 9, 9, 9, 4] }),
    }),
  );
  const summary = rankUnits(units);

  it('holds one row per unit in rank order; the values variant has no formula', () => {
    const spec = buildSummarySheet(summary, { date: DATE });
    const at = (a: string) => spec.cells.find((c) => c.address === a);
    expect(summary.rankedBy).toBe('self');
    expect([at('B7')?.value, at('B8')?.value]).toEqual(summary.units.map((u) => u.unit));
    expect(at('F7')?.value).toBe(summary.units[0].result.self.final);
    expect(spec.cells.filter((c) => c.formula)).toEqual([]);
    expect(at('A2')?.value).toBe('Ngày 3 tháng 4 năm 2025');
    expect(spec.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true, titleRows: '5:6' });
    for (const s of Object.values(spec.styles)) expect(s).toMatchObject({ fontName: 'Times New Roman' });
  });

  it("the live variant's formulas refer to the units' own cells, sheet names quoted", () => {
    const spec = buildLiveSummarySheet(summary, { date: DATE });
    const formulaAt = (a: string) => spec.cells.find((c) => c.address === a)?.formula ?? '';
    const rowOf = (sheet: string) => 7 + summary.units.findIndex((u) => u.sheet === sheet);
    const a = units.find((u) => u.sheet === 'A')!;
    const selfCells = a.table.sections[0].groups[0].criteria.map((c) => c.selfCell);
    expect(formulaAt(`C${rowOf('A')}`)).toContain(`'A'!${selfCells[0]}:${selfCells[2]}`);
    expect(formulaAt(`D${rowOf('A')}`)).toMatch(/^=MIN\(6,SUM\('A'!D\d+\)\)$/);
    expect(formulaAt(`E${rowOf('A')}`)).toMatch(/^=\(SUMIF\('A'!D\d+,">0"\)-SUMIF\('A'!D\d+,"<0"\)\)$/);
    expect(formulaAt(`C${rowOf("B'C")}`)).toContain("'B''C'!");
    // No appraised column: its appraised figures stay blank.
    expect(formulaAt(`G${rowOf("B'C")}`)).toBe('=""');
    expect(formulaAt(`A${rowOf('A')}`)).toMatch(/RANK\(F\d+,\$F\$7:\$F\$8\)/);
  });

  it('classifies live when the rules are known, by points or percent, as the totals sheet does', () => {
    const rules = {
      basis: 'percent' as const,
      bands: [
        { label: 'Tốt', min: 90 },
        { label: 'Khá "+"', min: 70 },
      ],
    };
    const spec = buildLiveSummarySheet(summary, { date: DATE, rules });
    expect(spec.cells.find((c) => c.address === 'L7')?.formula).toBe(classificationFormula('K7', rules));
    const byPoints = buildLiveSummarySheet(summary, { date: DATE, rules: { ...rules, basis: 'points' } });
    expect(byPoints.cells.find((c) => c.address === 'L7')?.formula).toBe(classificationFormula('F7', rules));
  });

  it('Chi tiết shades an appraised score that differs from the self score', () => {
    const spec = buildDetailSheet(summary, { date: DATE });
    const shaded = spec.cells.filter((c) => c.style === 'differs').map((c) => c.value);
    const a = units.find((u) => u.sheet === 'A')!;
    const differing = a.table.sections
      .flatMap((s) => s.groups.flatMap((g) => g.criteria))
      .filter((c) => c.appraised !== null && c.appraised !== c.self);
    expect(shaded).toEqual(differing.map((c) => c.appraised));
  });

  it('neither sheet is read as a criteria table', () => {
    for (const spec of [buildSummarySheet(summary, { date: DATE }), buildDetailSheet(summary, { date: DATE })]) {
      const grid: CellValue[][] = [];
      for (const c of spec.cells) {
        const m = /^([A-Z]+)(\d+)$/.exec(c.address)!;
        const col = m[1].charCodeAt(0) - 64;
        (grid[Number(m[2]) - 1] ??= [])[col - 1] = c.value;
      }
      const r = checkWorkbook(
        [{ name: spec.name, origin: 'A1', values: Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null)) }],
        { file: 'x', lang: 'vi' },
      );
      expect(r.criteriaSheets).toEqual([]);
    }
  });
});
