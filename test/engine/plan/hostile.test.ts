import fc from 'fast-check';
import { Grid } from '../../../src/engine/grid';
import { readPlans } from '../../../src/engine/plan';
import type { CellValue, SheetSnapshot } from '../../../src/engine/types';
import { HEADER, grid, monthsRows } from './grids';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    '',
    'TT',
    'Nhiệm vụ',
    'Ghi chú',
    'Tháng 1',
    'Tháng 13',
    'IV',
    'C',
    '-',
    '1',
    1,
    NaN,
    -0,
    1e308,
    Infinity,
    true,
    { error: '#DIV/0!' },
    '<p>',
    '<ul><li>x',
    'Ghi chú: hết',
    '&#0;&#x110000;',
  ),
  fc.string(),
  fc.double(),
);

describe('hostile grids', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 }),
        fc.array(fc.constantFrom('A1:A3', 'A2:C2', 'B1:B40', 'C3:A1', 'ZZ', '', 'A0:B0'), { maxLength: 4 }),
        (values, merges) => {
          const result = readPlans(grid([HEADER, ...values], merges));
          expect(Array.isArray(result.tables)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each<[string, SheetSnapshot]>([
    ['empty', { name: 'E', origin: 'A1', values: [] }],
    ['one cell', { name: 'O', origin: 'A1', values: [['TT']] }],
    ['a header only', { name: 'H', origin: 'A1', values: [HEADER] }],
    ['bad origin and ragged rows', { name: 'B', origin: '??', values: [HEADER, [], [null], undefined as never] }],
    ['numbers', { name: 'N', origin: 'A1', values: [HEADER, [NaN, 1e308, -0], [Infinity, -Infinity, 0]] }],
  ])('%s', (_label, snap) => {
    expect(() => readPlans(new Grid(snap))).not.toThrow();
  });

  it('reads a plan in a 10,000-column grid', () => {
    const wide: CellValue[] = Array.from({ length: 10_000 }, (_, i) => `x${i}`);
    const values = [wide, HEADER, ...monthsRows([1, 2, 3], 3), wide];
    const { tables } = readPlans(grid(values));
    expect(tables[0].months.map((m) => m.tasks.length)).toEqual([3, 3, 3]);
  });

  // Speed is measured in `npm run bench`, not here.
  it('reads a 30,000-row plan', () => {
    const body = monthsRows([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2500);
    const { tables } = readPlans(grid([HEADER, ...body]));
    expect(tables[0].months[11].tasks).toHaveLength(2500);
  });
});
