import { applyRowPatch } from '../../src/engine/patch';
import type { SheetSnapshot } from '../../src/engine/types';

const snap = (): SheetSnapshot => ({
  name: 'Tiêu chí',
  origin: 'B3',
  values: [
    ['TT', 'Nội dung', 5],
    ['1', 'Kết nạp', 4],
    ['2', 'Tuyên truyền', 3],
  ],
  formulas: [
    [null, null, null],
    [null, null, null],
    [null, null, '=1+2'],
  ],
});

describe('applyRowPatch', () => {
  it('replaces the edited rows in place and leaves the input untouched', () => {
    const before = snap();
    const after = applyRowPatch(before, { sheet: 'Tiêu chí', startRow: 4, values: [['1', 'Kết nạp', 7]], formulas: [[null, null, null]] });
    expect(after.values).toEqual([
      ['TT', 'Nội dung', 5],
      ['1', 'Kết nạp', 7],
      ['2', 'Tuyên truyền', 3],
    ]);
    expect(after.origin).toBe('B3');
    expect(before).toEqual(snap());
  });

  it('keeps the old formulas when the patch carries none', () => {
    const after = applyRowPatch(snap(), { sheet: 'Tiêu chí', startRow: 5, values: [['2', 'Tuyên truyền', 3]] });
    expect(after.formulas?.[2]).toEqual([null, null, '=1+2']);
  });

  it('extends the snapshot for rows below it', () => {
    const after = applyRowPatch(snap(), { sheet: 'Tiêu chí', startRow: 7, values: [['3', 'Mới', 2]] });
    expect(after.values).toHaveLength(5);
    expect(after.values[3]).toEqual([]);
    expect(after.values[4]).toEqual(['3', 'Mới', 2]);
    expect(after.formulas).toHaveLength(5);
  });

  it('moves the origin up for rows above it', () => {
    const after = applyRowPatch(snap(), { sheet: 'Tiêu chí', startRow: 1, values: [['KẾ HOẠCH']], formulas: [[null]] });
    expect(after.origin).toBe('B1');
    expect(after.values[0]).toEqual(['KẾ HOẠCH']);
    expect(after.values[1]).toEqual([]);
    expect(after.values[2]).toEqual(['TT', 'Nội dung', 5]);
    expect(after.formulas?.[4]).toEqual([null, null, '=1+2']);
  });

  it('ignores a patch for another sheet', () => {
    const s = snap();
    expect(applyRowPatch(s, { sheet: 'Khác', startRow: 3, values: [[1]] })).toBe(s);
  });
});
