import { applyRowPatch } from '../../src/engine/patch';
import type { SheetSnapshot } from '../../src/engine/types';

const snap: SheetSnapshot = {
  name: 'S',
  origin: 'B3',
  values: [
    ['TT', 'Điểm'],
    [1, 5],
    [2, 4],
  ],
  formulas: [
    [null, null],
    [null, null],
    [null, '=2*2'],
  ],
  merges: ['B3:C3'],
};

describe('applyRowPatch', () => {
  it('replaces the edited rows and leaves the others (and the input) alone', () => {
    const out = applyRowPatch(snap, { sheet: 'S', startRow: 4, values: [[1, 3]], formulas: [[null, null]] });
    expect(out.values).toEqual([
      ['TT', 'Điểm'],
      [1, 3],
      [2, 4],
    ]);
    expect(out.formulas![2]).toEqual([null, '=2*2']);
    expect(out.merges).toEqual(['B3:C3']);
    expect(snap.values[1]).toEqual([1, 5]);
  });

  it('extends the snapshot with rows below it', () => {
    const out = applyRowPatch(snap, { sheet: 'S', startRow: 7, values: [[9, 9]] });
    expect(out.values).toHaveLength(5);
    expect(out.values[3]).toEqual([]);
    expect(out.values[4]).toEqual([9, 9]);
    expect(out.formulas).toHaveLength(5);
    expect(out.formulas![4]).toEqual([null, null]);
  });

  it('moves the origin when the patch starts above or left of it', () => {
    const out = applyRowPatch(snap, { sheet: 'S', startRow: 2, startCol: 1, values: [['x', '', '']] });
    expect(out.origin).toBe('A2');
    expect(out.values[0]).toEqual(['x', '', '']);
    expect(out.values[1]).toEqual(['', 'TT', 'Điểm']);
    expect(out.values[3]).toEqual(['', 2, 4]);
    expect(out.formulas![3]).toEqual([null, null, '=2*2']);
  });

  it('writes a multi-row paste covering columns beyond the snapshot', () => {
    const out = applyRowPatch(snap, {
      sheet: 'S',
      startRow: 4,
      startCol: 2,
      values: [
        [1, 2, 'ghi chú'],
        [2, 3, ''],
      ],
    });
    expect(out.values[1]).toEqual([1, 2, 'ghi chú']);
    expect(out.values[2]).toEqual([2, 3, '']);
    expect(out.values[0]).toEqual(['TT', 'Điểm']);
  });

  it('starts an empty snapshot at the patch', () => {
    const out = applyRowPatch({ name: 'S', origin: 'A1', values: [] }, { sheet: 'S', startRow: 5, startCol: 3, values: [[7]] });
    expect(out).toEqual({ name: 'S', origin: 'C5', values: [[7]] });
  });
});
