// Formulas saved without a result: the simple same-sheet ones are worked out over the
// snapshot's own values; everything else stays blank. Results worked out by hand.
import fc from 'fast-check';
import { fillFormulaValues, MAX_CELL_VISITS } from '../../../src/engine/formula/values';
import { parseFormula } from '../../../src/engine/formula/parse';
import type { CellValue, SheetSnapshot } from '../../../src/engine/types';

/** A snapshot from rows where a string starting with "=" is a formula with no result. */
function sheet(rows: (CellValue | string)[][], origin = 'A1'): SheetSnapshot {
  const isFormula = (v: CellValue) => typeof v === 'string' && v.startsWith('=');
  return {
    name: 'S',
    origin,
    values: rows.map((r) => r.map((v) => (isFormula(v) ? null : v))),
    formulas: rows.map((r) => r.map((v) => (isFormula(v) ? (v as string) : null))),
  };
}

/** The filled value of each formula cell, row by row (non-formula cells left out as undefined). */
function filled(rows: (CellValue | string)[][], origin = 'A1'): (CellValue | undefined)[][] {
  const snap = sheet(rows, origin);
  const out = fillFormulaValues(snap);
  return rows.map((r, i) => r.map((v, j) => (typeof v === 'string' && v.startsWith('=') ? out.values[i][j] : undefined)));
}

/** One formula's value, the formula standing in E under the given rows (outside their columns). */
const one = (formula: string, rows: (CellValue | string)[][] = []) =>
  filled([...rows, [null, null, null, null, formula]])[rows.length][4];

describe('the formulas worked out', () => {
  const data: CellValue[][] = [
    [2, 3],
    [4, 'chữ'],
    [null, 5],
  ];
  it.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=-A1+10', 8],
    ['=--A1', 2],
    ['=+A1', 2],
    ['=A1/B1*6', 4],
    ['=$A$1+$B1+A$2', 9],
    ['=a1*1.5e1', 30],
    ['=.5+0.25', 0.75],
    ['=SUM(A1:B3)', 14],
    ['=sum(B3:A1)', 14],
    ['=SUM(A1:A3,B1,10,A1*2)', 23],
    ['=SUM(B2)', 0],
    ['=COUNT(A1:B3)', 4],
    ['=AVERAGE(A1:B3)', 3.5],
    ['=MIN(A1:B3)', 2],
    ['=MAX(A1:B3, 1)', 5],
    ['=MIN(C1:C3)', 0],
    ['=SUM(A:A)', 6],
    ['=SUM(2:3)', 9],
    ['=SUM(A1:D1048576)', 14],
    ['=SUM(A2:XFD2)', 4],
    ['=A3+C9', 0],
    ['=1/0', { error: '#DIV/0!' }],
    ['=AVERAGE(C1:C3)', { error: '#DIV/0!' }],
  ])('%s over the cells above is %p', (formula, expected) => {
    expect(one(formula, data)).toEqual(expected);
  });

  it('works out formulas that refer to other formulas without a result, above or below, in any order', () => {
    expect(
      filled([
        ['=A2+1', '=SUM(A1:A3)'],
        ['=A3*2', null],
        [5, null],
      ]),
    ).toEqual([
      [11, 26],
      [10, undefined],
      [undefined, undefined],
    ]);
  });

  it('follows a chain of 100 000 formulas without running out of stack', () => {
    const rows: (CellValue | string)[][] = Array.from({ length: 100_000 }, (_, i) => [`=A${i + 2}+1`]);
    rows.push([0]);
    const out = fillFormulaValues(sheet(rows));
    expect([out.values[0][0], out.values[99_999][0]]).toEqual([100_000, 1]);
  });

  it('reads references in sheet coordinates when the snapshot starts away from A1', () => {
    // The snapshot starts at C4: C4 = 7, D4 = 8, C5 = D4 * 2.
    expect(
      filled(
        [
          [7, 8],
          ['=SUM(C4:D4)', '=D4*2'],
        ],
        'C4',
      )[1],
    ).toEqual([15, 16]);
  });

  it('carries error values through, except in COUNT', () => {
    const rows: (CellValue | string)[][] = [[1], [{ error: '#N/A' }], ['#REF!']];
    expect(['=SUM(A1:A3)', '=A1+A2', '=A3*1', '=COUNT(A1:A3)', '=MAX(A1,1/0)'].map((f) => one(f, rows))).toEqual([
      { error: '#N/A' },
      { error: '#N/A' },
      { error: '#REF!' },
      1,
      { error: '#DIV/0!' },
    ]);
  });

  it('keeps the value a formula has, and leaves the given snapshot as it was', () => {
    const snap = sheet([[1, 2, '=A1+B1']]);
    snap.values[0][2] = 99;
    expect(fillFormulaValues(snap)).toBe(snap);
    const blank = sheet([[1, 2, '=A1+B1']]);
    const out = fillFormulaValues(blank);
    expect([out.values[0][2], blank.values[0][2]]).toEqual([3, null]);
  });

  it('fills a formula that stands past the end of its (ragged) row of values', () => {
    const snap: SheetSnapshot = { name: 'S', origin: 'A1', values: [[4]], formulas: [[null, null, '=A1*2']] };
    expect(fillFormulaValues(snap).values[0]).toEqual([4, null, 8]);
  });

  it('keeps an empty-string result: Excel computed it (=IF(…,"",…))', () => {
    const snap: SheetSnapshot = { name: 'S', origin: 'A1', values: [[4, '']], formulas: [[null, '=A1+1']] };
    expect(fillFormulaValues(snap).values[0][1]).toBe('');
  });
});

describe('what stays blank', () => {
  it.each([
    ['another sheet', '=Sheet2!A1'],
    ['another sheet, quoted', "='Tiêu chí'!A1+1"],
    ['another function', '=IF(A1>1,1,0)'],
    ['a function like a cell', '=LOG10(A1)'],
    ['text', '="5"+1'],
    ['text in arithmetic', '=B2+1'],
    ['a logical value', '=TRUE+1'],
    ['a power', '=2^3'],
    ['a percent', '=10%'],
    ['a bare range', '=A1:A3'],
    ['an empty SUM', '=SUM()'],
    ['an unclosed call', '=SUM(A1'],
    ['an operator with nothing after it', '=1+'],
    ['two numbers', '=1 2'],
    ['nothing', '='],
    ['row 0', '=A0+1'],
    ['a column past XFD', '=XFE1+1'],
    ["nesting past Excel's limit", `=${'('.repeat(1000)}1${')'.repeat(1000)}`],
    ['a long run of signs', `=${'-'.repeat(10_000)}1`],
    ['a name', '=Diem_chuan*2'],
  ])('%s: %s', (_name, formula) => {
    expect(
      one(formula, [
        [2, 3],
        [4, 'chữ'],
      ]),
    ).toBeNull();
  });

  it('leaves a cycle blank, and what depends on it', () => {
    expect(
      filled([
        ['=B1+1', '=A1*2', '=A1+1', '=SUM(D1:D2)'],
        [1, 2, 3, '=C1'],
      ]),
    ).toEqual([
      [null, null, null, null],
      [undefined, undefined, undefined, null],
    ]);
  });

  it('leaves a formula that sums its own column blank', () => {
    expect(filled([[1], [2], ['=SUM(A:A)']])[2][0]).toBeNull();
  });

  it('leaves a formula blank when a formula it needs is blank', () => {
    expect(filled([['=Sheet2!A1', '=A1+1', '=SUM(A1:B1)', '=COUNT(A1:B1)']])[0]).toEqual([null, null, null, null]);
  });

  it("stops looking when a sheet's formulas would visit more than MAX_CELL_VISITS cells", () => {
    // Every formula sums the whole column of 3 000 numbers: 3 000 cells looked up and 3 000 added each.
    const n = 3_000;
    expect(2 * n * n).toBeGreaterThan(MAX_CELL_VISITS);
    const rows: (CellValue | string)[][] = Array.from({ length: n }, (_, i) => [i + 1, `=SUM(A$1:A$${n})`]);
    const out = fillFormulaValues(sheet(rows));
    expect(out.values[0][1]).toBe((n * (n + 1)) / 2);
    expect(out.values[n - 1][1]).toBeNull();
  });

  it('never throws, and fills only numbers and error values, whatever the formula', () => {
    const piece = fc.constantFrom(
      'SUM(',
      'AVERAGE(',
      'IF(',
      'A1',
      '$B$2',
      'A:A',
      '1:2',
      'C3',
      ':',
      '+',
      '-',
      '*',
      '/',
      '(',
      ')',
      ',',
      '1',
      '0',
      '.5',
      '!',
      '"',
      ' ',
      'E',
      '%',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 12 }).map((p) => `=${p.join('')}`),
          { minLength: 1, maxLength: 6 },
        ),
        (formulas) => {
          const rows: (CellValue | string)[][] = [[1, 'x', { error: '#N/A' }], formulas, [2, null, 3]];
          const out = fillFormulaValues(sheet(rows));
          for (const v of out.values[1])
            expect(v === null || typeof v === 'number' || (typeof v === 'object' && typeof v.error === 'string')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves snapshots with no formulas, or garbage in place of them, as they are', () => {
    const bare: SheetSnapshot = { name: 'S', origin: 'A1', values: [[1]] };
    expect(fillFormulaValues(bare)).toBe(bare);
    const garbage = {
      name: 'S',
      origin: 'zz',
      values: [[null], 'x'],
      formulas: [[42, { f: 1 }], null],
    } as unknown as SheetSnapshot;
    expect(fillFormulaValues(garbage)).toBe(garbage);
  });
});

describe('parseFormula', () => {
  it('reads ranges and references into sheet coordinates', () => {
    expect(parseFormula('=SUM($E$9:E11)')).toEqual({
      kind: 'call',
      name: 'SUM',
      args: [{ kind: 'range', top: 9, left: 5, bottom: 11, right: 5 }],
    });
    expect(parseFormula('=-AB12')).toEqual({ kind: 'negate', operand: { kind: 'cell', row: 12, col: 28 } });
  });
});
