// The in-memory host's formulas: references moved as Excel moves them, and read with the engine's tokenizer.
import { evaluateFormula, shiftFormula } from '../../src/memory-excel/formulas';
import { emptyWorkbook, newSheet, updateCell } from '../../src/memory-excel/model';

describe('shiftFormula', () => {
  it('moves the relative parts only', () => {
    expect(shiftFormula('=A1+$B$2+C$3+$D4', 1, 1)).toBe('=B2+$B$2+D$3+$D5');
  });

  it('moves whole columns and rows too', () => {
    expect(shiftFormula('=SUM(F:F)+SUM($G:H)+SUM(2:$3)', 1, 1)).toBe('=SUM(G:G)+SUM($G:I)+SUM(3:$3)');
  });

  it('keeps sheet names as they are, quoted with doubled quotes or bare and Vietnamese', () => {
    expect(shiftFormula("='It''s'!A1+'A1''B2'!C3", 1, 0)).toBe("='It''s'!A2+'A1''B2'!C4");
    expect(shiftFormula('=Bảng1!B2', 1, 1)).toBe('=Bảng1!C3');
  });

  it('leaves text and names alone, and gives #REF! off the sheet', () => {
    expect(shiftFormula('=IF(LOG10(A1)>0,"B2",A1)', 0, 1)).toBe('=IF(LOG10(B1)>0,"B2",B1)');
    expect(shiftFormula("='It''s'!A1+B2", -1, 0)).toBe('=#REF!+B1');
  });
});

describe('evaluateFormula', () => {
  it('reads references on sheets named with a doubled quote', () => {
    const model = emptyWorkbook();
    const other = newSheet(model, "It's");
    const here = newSheet(model, 'S');
    updateCell(other, 1, 1, (c) => (c.value = 4));
    updateCell(here, 6, 6, (c) => (c.value = 3));
    expect(evaluateFormula("='It''s'!A1+SUM(F:F)", model, here)).toBe(7);
  });
});
