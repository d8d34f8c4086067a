import {
  columnLetters,
  columnNumber,
  EXCEL_COLUMNS,
  EXCEL_ROWS,
  formatRange,
  moveReference,
  parseCell,
  parseRange,
  quoteSheet,
  readReference,
  sheetOf,
} from '../../src/engine/address';

describe('A1 addresses', () => {
  it('reads cells with or without $, in any case', () => {
    expect(parseCell('B3')).toEqual({ row: 3, col: 2 });
    expect(parseCell('$B$3')).toEqual({ row: 3, col: 2 });
    expect(parseCell(' aa10 ')).toEqual({ row: 10, col: 27 });
    expect(parseCell('A1:B2')).toBeNull();
  });

  it('reads ranges, whole rows and whole columns', () => {
    expect(parseRange('B5:A1')).toEqual({ top: 1, left: 1, bottom: 5, right: 2 });
    expect(parseRange('$5:$7')).toEqual({ top: 5, left: 1, bottom: 7, right: EXCEL_COLUMNS });
    expect(parseRange('F:F')).toEqual({ top: 1, left: 6, bottom: EXCEL_ROWS, right: 6 });
    expect(parseRange('$F:H')).toEqual({ top: 1, left: 6, bottom: EXCEL_ROWS, right: 8 });
  });

  it("knows Excel's limits", () => {
    expect(EXCEL_ROWS).toBe(1_048_576);
    expect(columnLetters(EXCEL_COLUMNS)).toBe('XFD');
    expect(parseCell('XFD1048576')).toEqual({ row: EXCEL_ROWS, col: EXCEL_COLUMNS });
    for (const outside of ['XFE1', 'A1048577', 'A0', 'A', '5', 'A1:B', '$$5', 'ABC1D', ''])
      expect(parseRange(outside)).toBeNull();
  });

  it('reads the sheet name before "!", quoted with doubled quotes or bare', () => {
    expect(sheetOf("'It''s'!A1")).toBe("It's");
    expect(parseRange("'It''s'!A1:B2")).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(sheetOf("'Tiêu chí 2023'!E9")).toBe('Tiêu chí 2023');
    expect(sheetOf('Bảng1!B2')).toBe('Bảng1');
    expect(sheetOf('B2')).toBeNull();
    expect(sheetOf(quoteSheet("Kỳ 1'") + '!A1')).toBe("Kỳ 1'");
  });

  it('round-trips column letters and ranges', () => {
    for (const col of [1, 26, 27, 702, 703, EXCEL_COLUMNS]) expect(columnNumber(columnLetters(col))).toBe(col);
    expect(formatRange(parseRange('C9:A2')!)).toBe('A2:C9');
  });

  it('finds a reference inside formula text only where it does not run on into a name or call', () => {
    expect(readReference('=SUM(F:F)', 5)).toEqual({ rect: parseRange('F:F'), single: false, end: 8 });
    expect(readReference('=A1+1', 1)).toEqual({ rect: parseRange('A1'), single: true, end: 3 });
    expect(readReference('=LOG10(2)', 1)).toBeNull();
    expect(readReference('=Q1!A1', 1)).toBeNull();
    expect(readReference('=A1_x', 1)).toBeNull();
  });

  it('moves the relative parts of a reference, as Excel does on copy', () => {
    expect(moveReference('A1', 1, 2)).toBe('C2');
    expect(moveReference('$A1:B$2', 1, 1)).toBe('$A2:C$2');
    expect(moveReference('F:F', 0, 1)).toBe('G:G');
    expect(moveReference('$5:6', 1, 0)).toBe('$5:7');
    expect(moveReference('A1', -1, 0)).toBe('#REF!');
  });
});
