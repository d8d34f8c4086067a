// Grids no one meant to be read: the reader never throws, finds no table that is not
// there, and stays linear in the number of rows.
import fc from 'fast-check';
import { readCriteria } from '../../../src/engine/criteria';
import { Grid } from '../../../src/engine/grid';
import type { CellValue, SheetSnapshot } from '../../../src/engine/types';
import { PLAIN_HEADER, read } from './grids';

describe('hostile grids', () => {
  it.each<[string, CellValue[][]]>([
    ['empty', []],
    ['one empty row', [[]]],
    ['one cell', [['Điểm chuẩn']]],
    ['all text', Array.from({ length: 50 }, (_, r) => Array.from({ length: 8 }, (_, c) => `ô ${r}-${c}`))],
    ['10,000 columns', [Array.from({ length: 10_000 }, (_, c) => (c % 2 ? 'Điểm' : c))]],
    ['odd numbers', [[1e308, NaN, -0, Infinity, -Infinity, true, { error: '#REF!' }]]],
  ])('%s: no throw, no table', (_name, rows) => {
    expect(read(rows)).toEqual({ tables: [], findings: [] });
  });

  it('odd values in a real table are findings, not crashes', () => {
    const result = read([PLAIN_HEADER, [1, 'A', 1e308, 1e308], [2, 'B', 1e308, NaN], [3, 'C', -0, -0], [4, 'D', Infinity, true]]);
    const criteria = result.tables[0].sections[0].groups[0].criteria;
    expect(criteria).toHaveLength(4);
    expect(criteria[2]).toMatchObject({ cap: 0, self: 0 });
    expect(result.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(
      expect.arrayContaining(['SCORE_NOT_NUMBER@D3', 'SCORE_NOT_NUMBER@D5', 'CAP_MISSING@C5']),
    );
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it('garbage merges, ragged rows and a header at the far right of a wide row', () => {
    const snap: SheetSnapshot = {
      name: 'x',
      origin: 'ZZ',
      values: [PLAIN_HEADER, [1], [], [2, 'B', 5, 5, 5, 5, 5, 5, 5], null as unknown as CellValue[]],
      merges: ['A1:XFD1048576', 'nonsense', 'B2:A1', '', 'C3:C3'],
      formulas: [[null, '=1/0']],
    };
    expect(() => readCriteria(new Grid(snap))).not.toThrow();
  });

  it('random grids never throw', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.string(),
      fc.constantFrom(
        'TT',
        'Điểm chuẩn',
        'Điểm tự chấm',
        'Thẩm định',
        'Điểm',
        'Chuẩn',
        'Mục I',
        'II.',
        'Cộng',
        'Tổng cộng',
        '1.1',
        '(5 điểm)',
        '#DIV/0!',
      ),
      fc.record({ error: fc.constantFrom('#N/A', '#VALUE!') }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
        fc.array(fc.string(), { maxLength: 3 }),
        (values, merges) => {
          const result = readCriteria(new Grid({ name: 's', origin: 'A1', values, merges }));
          for (const table of result.tables) expect(table.sections.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('size', () => {
  // Speed is measured in `npm run bench`, not here.
  it('reads a 100,000-row table', () => {
    const rows: CellValue[][] = [PLAIN_HEADER];
    for (let i = 1; i <= 100_000; i++) rows.push(i % 1000 === 0 ? [null, 'Cộng', 5000, 5000] : [i, `Tiêu chí ${i}`, 5, 5, 5]);
    const result = read(rows);
    expect(result.tables[0].sections[0].groups[0].criteria).toHaveLength(99_900);
  });
});
