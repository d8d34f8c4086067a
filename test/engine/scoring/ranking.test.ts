// Ranking units by their final score, ties sharing a rank.
import { checkWorkbook } from '../../../src/engine/report';
import { rankResults } from '../../../src/engine/scoring/ranking';
import type { TableResult } from '../../../src/engine/types';
import { PLAIN_HEADER, snapshot } from '../criteria/grids';

function result(self: number, appraised: number | null = null): TableResult {
  const side = (final: number) => ({ base: final, bonus: 0, penalty: 0, final, percent: final });
  return {
    max: 100,
    self: side(self),
    appraised: appraised === null ? null : side(appraised),
    complete: true,
    classification: null,
  };
}

describe('rankResults', () => {
  it('ranks highest first, equal scores sharing a rank (1, 2, 2, 4), ties in the order given', () => {
    const units = [
      ['A', result(80)],
      ['B', result(95)],
      ['C', result(80)],
      ['D', result(70)],
    ] as const;
    const { by, ranked } = rankResults(units, (u) => u[1]);
    expect(by).toBe('self');
    expect(ranked.map((r) => [r.item[0], r.rank, r.final])).toEqual([
      ['B', 1, 95],
      ['A', 2, 80],
      ['C', 2, 80],
      ['D', 4, 70],
    ]);
  });

  it('ranks by the appraised score only when every unit has one', () => {
    expect(rankResults([result(90, 70), result(80, 85)], (r) => r).ranked.map((r) => r.final)).toEqual([85, 70]);
    expect(rankResults([result(90, 70), result(80)], (r) => r)).toMatchObject({
      by: 'self',
      ranked: [{ final: 90 }, { final: 80 }],
    });
    expect(rankResults([], (r: TableResult) => r)).toEqual({ by: 'self', ranked: [] });
  });
});

describe('the ranking of a report', () => {
  const sheet = (name: string, self: number) => snapshot([PLAIN_HEADER, [1, 'A', 10, self]], { name });

  it('is there with two or more criteria tables', () => {
    const r = checkWorkbook([sheet('CĐ A', 7), sheet('CĐ B', 9), sheet('CĐ C', 7)], { file: 'x.xlsx', lang: 'vi' });
    expect(r.ranking).toEqual({
      by: 'self',
      units: [
        { sheet: 'CĐ B', rank: 1, final: 9 },
        { sheet: 'CĐ A', rank: 2, final: 7 },
        { sheet: 'CĐ C', rank: 2, final: 7 },
      ],
    });
  });

  it('is absent with one table', () => {
    expect(checkWorkbook([sheet('CĐ A', 7)], { file: 'x.xlsx', lang: 'vi' })).not.toHaveProperty('ranking');
  });
});
