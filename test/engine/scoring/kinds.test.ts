// The kind of a section or group, from every title form the contract names.
import { kindOf, namedKind } from '../../../src/engine/scoring/kinds';

describe('kindOf', () => {
  it.each([
    'III. Điểm thưởng (tối đa 10 điểm)',
    'Tiêu chí thưởng',
    'Thưởng điểm',
    'ĐIỂM CỘNG',
    'Cộng điểm cho đơn vị có mô hình hay',
    'Diem thuong',
    'Điểm thưởng'.normalize('NFD'),
  ])('reads "%s" as bonus', (title) => expect(kindOf(title)).toBe('bonus'));

  it.each(['IV. Điểm trừ', 'Trừ điểm', 'Tiêu chí trừ', 'Điểm phạt', 'DIEM TRU (toi da 10 diem)'])(
    'reads "%s" as penalty',
    (title) => expect(kindOf(title)).toBe('penalty'),
  );

  it.each(['Công tác thi đua khen thưởng', 'Tiêu chí cơ bản (60 điểm)', 'Tổng điểm', 'Cộng', ''])('reads "%s" as base', (title) =>
    expect(kindOf(title)).toBe('base'),
  );

  it("lets a group inherit its section's kind unless its own title names another", () => {
    expect(kindOf('Khen thưởng cấp trên', 'bonus')).toBe('bonus');
    expect(kindOf('', 'penalty')).toBe('penalty');
    expect(kindOf('Điểm thưởng', 'base')).toBe('bonus');
    expect(kindOf('Điểm trừ', 'bonus')).toBe('penalty');
  });

  it('takes the first kind named when a title names both', () => {
    expect(namedKind('Điểm cộng, điểm trừ')).toBe('bonus');
    expect(namedKind('Điểm trừ và điểm thưởng')).toBe('penalty');
  });
});
