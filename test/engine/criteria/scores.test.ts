// A criterion's cells: how they are read as numbers and what each problem is reported as.
import { codes, PLAIN_HEADER, read } from './grids';
import type { CellValue } from '../../../src/engine/types';

/** One criterion under the plain header: row 2, cap C2, self D2, appraised E2. */
function one(cap: CellValue, self: CellValue, appraised: CellValue = null) {
  const result = read([PLAIN_HEADER, [1, 'Kết nạp đoàn viên', cap, self, appraised]]);
  return { result, criterion: result.tables[0].sections[0].groups[0].criteria[0], group: result.tables[0].sections[0].groups[0] };
}

describe('score cells', () => {
  it('reads formulas by their computed values', () => {
    const result = read([PLAIN_HEADER, [1, 'A', 5, 4.5], [2, 'B', 5, 5]], {
      formulas: [[], [null, null, null, '=E2-0.5'], [null, null, null, '=C3']],
    });
    expect(result.tables[0].sections[0]).toMatchObject({ capTotal: 10, selfTotal: 9.5 });
  });

  it('reads a number stored as text, with a decimal comma, and warns that SUM skips it', () => {
    const { result, criterion, group } = one('5', '4,5');
    expect(criterion).toMatchObject({ cap: 5, self: 4.5 });
    expect(group).toMatchObject({ capTotal: 5, selfTotal: 4.5 });
    expect(result.findings).toEqual([
      { code: 'NUMBER_AS_TEXT', sheet: 'Tiêu chí', cell: 'C2', params: { kind: 'cap', value: '5' } },
      { code: 'NUMBER_AS_TEXT', sheet: 'Tiêu chí', cell: 'D2', params: { kind: 'self', value: '4,5' } },
    ]);
  });

  it('reports text that is no number and does not count it', () => {
    const { result, criterion, group } = one(5, 'đạt');
    expect(criterion.self).toBeNull();
    expect(group.selfTotal).toBe(0);
    expect(result.findings).toEqual([
      { code: 'SCORE_NOT_NUMBER', sheet: 'Tiêu chí', cell: 'D2', params: { kind: 'self', value: 'đạt' } },
    ]);
  });

  it('reports error values, as objects or as text', () => {
    expect(one(5, { error: '#DIV/0!' }).result.findings).toEqual([
      { code: 'SCORE_NOT_NUMBER', sheet: 'Tiêu chí', cell: 'D2', params: { kind: 'self', value: '#DIV/0!' } },
    ]);
    expect(one(5, 5, '#N/A').result.findings).toEqual([
      { code: 'SCORE_NOT_NUMBER', sheet: 'Tiêu chí', cell: 'E2', params: { kind: 'appraised', value: '#N/A' } },
    ]);
  });

  it('reports a score over its cap and still counts it', () => {
    const { result, group } = one(5, 7, 6);
    expect(group).toMatchObject({ selfTotal: 7, appraisedTotal: 6 });
    expect(result.findings).toEqual([
      { code: 'SCORE_OVER_CAP', sheet: 'Tiêu chí', cell: 'D2', params: { kind: 'self', score: 7, cap: 5 } },
      { code: 'SCORE_OVER_CAP', sheet: 'Tiêu chí', cell: 'E2', params: { kind: 'appraised', score: 6, cap: 5 } },
      { code: 'APPRAISED_DIFFERS', sheet: 'Tiêu chí', cell: 'E2', params: { self: 7, appraised: 6 } },
    ]);
  });

  it("reports a negative score and counts it at face value, as the sheet's SUM does", () => {
    const { result, criterion, group } = one(5, -1);
    expect(criterion.self).toBe(-1);
    expect(group.selfTotal).toBe(-1);
    expect(result.findings).toEqual([
      { code: 'SCORE_NEGATIVE', sheet: 'Tiêu chí', cell: 'D2', params: { kind: 'self', score: -1 } },
    ]);
  });

  it('reports a missing self score at the self cell', () => {
    expect(codes(one(5, null).result)).toEqual(['SCORE_MISSING@D2']);
    expect(codes(one(5, '  ').result)).toEqual(['SCORE_MISSING@D2']);
  });

  it('reports scores without a numeric cap at the cap cell', () => {
    expect(codes(one(null, 5).result)).toEqual(['CAP_MISSING@C2']);
    expect(codes(one('x', 5).result)).toEqual(['CAP_MISSING@C2']);
  });

  it('reports an appraised score that differs from the self score, as info at the appraised cell', () => {
    const { result, group } = one(5, 5, 4);
    expect(group.appraisedTotal).toBe(4);
    expect(result.findings).toEqual([
      { code: 'APPRAISED_DIFFERS', sheet: 'Tiêu chí', cell: 'E2', params: { self: 5, appraised: 4 } },
    ]);
  });

  it('leaves appraisedTotal null when no appraised score is entered', () => {
    expect(one(5, 5).group.appraisedTotal).toBeNull();
    expect(one(5, 5, 'chưa').group.appraisedTotal).toBeNull();
  });

  it('sums without floating noise', () => {
    const result = read([PLAIN_HEADER, ['Mục I', 'Tiêu chí (0,3 điểm)'], [1, 'A', 0.1, 0.1], [2, 'B', 0.2, 0.2]]);
    expect(result.tables[0].sections[0]).toMatchObject({ cap: 0.3, capTotal: 0.3, selfTotal: 0.3 });
    expect(result.findings).toEqual([]);
  });
});
