import { FormulaIndex, sameSheetRefs } from '../../src/excel/dependents';

describe('sameSheetRefs', () => {
  it('finds references into the sheet itself, unqualified or by its name', () => {
    expect(sameSheetRefs("=SUM(F9:F17)+'Tiêu chí'!G2-Other!A1+$E$3", 'Tiêu chí')).toEqual([
      { top: 9, bottom: 17, left: 6, right: 6 },
      { top: 2, bottom: 2, left: 7, right: 7 },
      { top: 3, bottom: 3, left: 5, right: 5 },
    ]);
  });

  it('ignores text in quotes and function names that look like cells', () => {
    expect(sameSheetRefs('=IF(LOG10(A1)>0,"B2","")', 'S')).toEqual([{ top: 1, bottom: 1, left: 1, right: 1 }]);
  });
});

describe('FormulaIndex', () => {
  const index = (): FormulaIndex => {
    const i = new FormulaIndex();
    i.setSnapshots([
      {
        name: 'S',
        origin: 'E9',
        values: [[5], [5], [10], [15]],
        // E11 = E9+E10; E12 = E11 (a chain); nothing depends on E12.
        formulas: [[null], [null], ['=SUM(E9:E10)'], ['=E11']],
      },
    ]);
    return i;
  };

  it('gives the rows of formulas depending on an edit, directly or through others', () => {
    expect(index().dependentRows('S', { top: 9, bottom: 9, left: 5, right: 5 })).toEqual([11, 12]);
    expect(index().dependentRows('S', { top: 9, bottom: 9, left: 6, right: 6 })).toEqual([]);
    expect(index().dependentRows('Other', { top: 9, bottom: 9, left: 5, right: 5 })).toEqual([]);
  });

  it('follows formulas added or removed by live patches', () => {
    const i = index();
    i.applyPatch({ sheet: 'S', startRow: 11, startCol: 5, values: [[10]], formulas: [[null]] });
    expect(i.dependentRows('S', { top: 9, bottom: 9, left: 5, right: 5 })).toEqual([]);
    i.applyPatch({ sheet: 'S', startRow: 20, startCol: 5, values: [[5]], formulas: [['=E9*2']] });
    expect(i.dependentRows('S', { top: 9, bottom: 9, left: 5, right: 5 })).toEqual([20]);
  });
});

describe('sameSheetRefs with the forms the old scan missed', () => {
  it('finds whole columns and rows', () => {
    expect(sameSheetRefs('=SUM(F:F)-SUM($2:$3)', 'S')).toEqual([
      { top: 1, bottom: 1048576, left: 6, right: 6 },
      { top: 2, bottom: 3, left: 1, right: 16384 },
    ]);
  });

  it('finds references after sheet names the old scan misread', () => {
    expect(sameSheetRefs('=Bảng1!B2', 'Bảng1')).toEqual([{ top: 2, bottom: 2, left: 2, right: 2 }]);
    expect(sameSheetRefs('=\'say "hi"\'!B2', 'say "hi"')).toEqual([{ top: 2, bottom: 2, left: 2, right: 2 }]);
    expect(sameSheetRefs("='It''s'!B2+Other!C3", "It's")).toEqual([{ top: 2, bottom: 2, left: 2, right: 2 }]);
  });

  it('re-reads a whole-column total after an edit in that column', () => {
    const i = new FormulaIndex();
    i.setSnapshots([{ name: 'S', origin: 'F1', values: [[1, 6], [2], [3]], formulas: [[null, '=SUM(F:F)']] }]);
    expect(i.dependentRows('S', { top: 3, bottom: 3, left: 6, right: 6 })).toEqual([1]);
  });
});
