// How each kind counts, read from whole tables: base at face value, bonus under its
// ceiling, penalty as deductions in either sign, and each table's result.
import { readCriteria } from '../../../src/engine/criteria';
import { codes, grid, PLAIN_HEADER } from '../criteria/grids';
import type { CellValue } from '../../../src/engine/types';

function table(rows: CellValue[][]) {
  const result = readCriteria(grid([PLAIN_HEADER, ...rows]));
  const [t] = result.tables;
  return { result, table: t, sections: t.sections, findings: result.findings };
}

const BASE: CellValue[][] = [
  ['I.', 'Tiêu chí cơ bản (20 điểm)'],
  [1, 'Phát triển đoàn viên', 10, 10, 9],
  [2, 'Tổ chức hội nghị', 10, 8, 8],
];

describe('base sections', () => {
  it('count every numeric score at face value, negatives included (and reported)', () => {
    const { sections, findings } = table([
      ['I.', 'Tiêu chí cơ bản (20 điểm)'],
      [1, 'A', 10, -2],
      [2, 'B', 10, 12],
    ]);
    expect(sections[0]).toMatchObject({ kind: 'base', selfTotal: 10 });
    expect(findings.map((f) => f.code).sort()).toEqual(['SCORE_NEGATIVE', 'SCORE_OVER_CAP']);
  });
});

describe('penalty sections', () => {
  it('deduct 2 for 2 and for -2, never SCORE_NEGATIVE, totals positive', () => {
    const {
      sections,
      table: t,
      result,
    } = table([...BASE, ['II.', 'Điểm trừ'], [1, 'Chậm báo cáo', 5, 2, -2], [2, 'Vi phạm', 5, -3, 3]]);
    expect(sections[1]).toMatchObject({ kind: 'penalty', capTotal: 10, selfTotal: 5, appraisedTotal: 5 });
    expect(codes(result)).toEqual(['APPRAISED_DIFFERS@E3']);
    expect(t.result.self).toEqual({ base: 18, bonus: 0, penalty: 5, final: 13, percent: 65 });
    expect(t.result.appraised).toEqual({ base: 17, bonus: 0, penalty: 5, final: 12, percent: 60 });
  });

  it('accept criteria without a cap, and check a deduction against its cap in either sign', () => {
    const { result } = table([...BASE, ['II.', 'Điểm trừ'], [1, 'Mỗi vi phạm', null, 1], [2, 'Chậm', 3, -4], [3, 'Sai', 3, 4]]);
    expect(codes(result)).toEqual(['APPRAISED_DIFFERS@E3', 'SCORE_OVER_CAP@D7', 'SCORE_OVER_CAP@D8']);
  });

  it('leave a blank deduction alone (no SCORE_MISSING) and make no cap-mismatch check', () => {
    const { result } = table([...BASE, ['II.', 'Điểm trừ (5 điểm)'], [1, 'Chậm', 3, null], [2, 'Sai', 3, null]]);
    expect(codes(result)).toEqual(['APPRAISED_DIFFERS@E3']);
  });

  it('count a declared ceiling like a bonus ceiling', () => {
    const { table: t, result } = table([...BASE, ['II.', 'Điểm trừ (tối đa 5 điểm)'], [1, 'Chậm', 4, -4], [2, 'Sai', 4, 3]]);
    expect(t.result.self.penalty).toBe(5);
    expect(result.findings).toContainEqual({
      code: 'PENALTY_OVER_CAP',
      sheet: 'Tiêu chí',
      cell: 'B5',
      params: { kind: 'self', sum: 7, ceiling: 5 },
    });
  });
});

describe('bonus ceilings', () => {
  const bonus = (scores: number[]) =>
    table([...BASE, ['II.', 'Điểm thưởng (tối đa 5 điểm)'], ...scores.map((s, i) => [i + 1, `Thưởng ${i + 1}`, 3, s])]);

  it.each([
    ['under', [1, 2], 3, false],
    ['at', [2, 3], 5, false],
    ['over', [3, 3], 5, true],
  ])('%s the ceiling: counts %#', (_, scores, counted, over) => {
    const { table: t, findings } = bonus(scores as number[]);
    expect(t.result.self.bonus).toBe(counted);
    expect(t.result.self.final).toBe(18 + (counted as number));
    expect(t.sections[1].selfTotal).toBe((scores as number[]).reduce((a, b) => a + b, 0));
    expect(findings.some((f) => f.code === 'BONUS_OVER_CAP')).toBe(over);
    // The ceiling is no sum of caps (3 + 3 = 6 ≠ 5): no cap mismatch for bonus points.
    expect(findings.map((f) => f.code)).not.toContain('SECTION_CAP_MISMATCH');
  });

  it('counts a bonus group inside a base section under its own ceiling, out of the base', () => {
    const {
      table: t,
      sections,
      findings,
    } = table([
      ['I.', 'Tiêu chí cơ bản (20 điểm)'],
      [1, 'Công tác tổ chức (20 điểm)'],
      ['1.1', 'Phát triển đoàn viên', 10, 10],
      ['1.2', 'Tổ chức hội nghị', 10, 8],
      [2, 'Điểm thưởng (tối đa 2 điểm)'],
      ['2.1', 'Bằng khen', 2, 2],
      ['2.2', 'Mô hình hay', 2, 1],
    ]);
    expect(sections[0].groups.map((g) => g.kind)).toEqual(['base', 'bonus']);
    expect(sections[0]).toMatchObject({ kind: 'base', capTotal: 20, selfTotal: 18 });
    expect(t.result).toMatchObject({ max: 20, self: { base: 18, bonus: 2, penalty: 0, final: 20, percent: 100 } });
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['BONUS_OVER_CAP@B6']);
  });

  it('applies a group ceiling first, then the section ceiling', () => {
    const { table: t, findings } = table([
      ...BASE,
      ['II.', 'Điểm thưởng (tối đa 6 điểm)'],
      [1, 'Thành tích (tối đa 4 điểm)'],
      ['1.1', 'A', 5, 5],
      [2, 'Mô hình (tối đa 4 điểm)'],
      ['2.1', 'B', 3, 3],
    ]);
    expect(t.result.self.bonus).toBe(6);
    expect(findings.filter((f) => f.code === 'BONUS_OVER_CAP').map((f) => [f.cell, f.params.sum])).toEqual([
      ['B6', 5],
      ['B5', 7],
    ]);
  });
});

describe('the result of a table', () => {
  it('has no appraised side when no appraised score is entered anywhere', () => {
    const { table: t } = table([
      ['I.', 'Cơ bản (10 điểm)'],
      [1, 'A', 10, 9],
      ['II.', 'Điểm trừ'],
      [1, 'B', 2, 1],
    ]);
    expect(t.result).toEqual({
      max: 10,
      self: { base: 9, bonus: 0, penalty: 1, final: 8, percent: 80 },
      appraised: null,
      complete: true,
      classification: null,
    });
  });

  it('is incomplete with an error in the table, and has no percent when max is 0', () => {
    const { table: t } = table([
      ['I.', 'Điểm thưởng'],
      [1, 'A', 2, 'đạt'],
    ]);
    expect(t.result.complete).toBe(false);
    expect(t.result.max).toBe(0);
    expect(t.result.self.percent).toBeNull();
  });

  it('rounds the percent to 2 decimals', () => {
    const { table: t } = table([[1, 'A', 3, 2]]);
    expect(t.result.self.percent).toBe(66.67);
  });

  it('accepts a penalty subtotal summed with negative numbers', () => {
    const { findings } = table([...BASE, ['II.', 'Điểm trừ'], [1, 'A', 3, -2], [2, 'B', 3, -1], [null, 'Cộng', 6, -3]]);
    expect(findings.map((f) => f.code)).not.toContain('TOTAL_ROW_MISMATCH');
  });

  it('accepts a grand total that states the final score', () => {
    const { findings } = table([...BASE, ['II.', 'Điểm trừ'], [1, 'A', 3, 2], [null, 'Tổng cộng', 20, 16]]);
    expect(findings.map((f) => f.code)).not.toContain('TOTAL_ROW_MISMATCH');
  });
});
