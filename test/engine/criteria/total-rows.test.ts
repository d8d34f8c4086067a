// Subtotal and total rows: not criteria, and their values are checked.
import { codes, read } from './grids';

const HEADER = ['Nhóm lĩnh vực', 'TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'];

/** Two sections of two groups; caps 10+20 | 5 || 15; self 9+20 | 5 || 12. */
function sheet(totals: { group1?: number; sectionI?: number; grand?: number; grandLabel?: string }) {
  return [
    HEADER,
    ['Mục I', null, 'Phần một (35 điểm)'],
    ['Tổ chức', 1, 'a', 10, 9],
    ['Tổ chức', 2, 'b', 20, 20],
    [null, null, 'Cộng nhóm', 30, totals.group1 ?? 29],
    ['Tuyên truyền', 3, 'c', 5, 5],
    [null, null, 'Cộng mục I', 35, totals.sectionI ?? 34],
    ['Mục II', null, 'Phần hai (15 điểm)'],
    ['Nữ công', 1, 'd', 15, 12],
    [null, null, totals.grandLabel ?? 'Tổng cộng', 50, totals.grand ?? 46],
  ];
}
const SUMS = [null, null, null, null, '=SUM(E3:E4)', null, '=SUM(E3:E6)', null, null, '=SUM(E3:E9)'].map((f) => [
  null,
  null,
  null,
  null,
  f,
]);

describe('total rows', () => {
  it('are not criteria, and raise nothing when they match (SUM formulas read by value)', () => {
    const result = read(sheet({}), { formulas: SUMS });
    const [one, two] = result.tables[0].sections;
    expect(one.groups.map((g) => g.criteria.length)).toEqual([2, 1]);
    expect(two.groups[0].criteria).toHaveLength(1);
    expect([one.capTotal, one.selfTotal, two.capTotal, two.selfTotal]).toEqual([35, 34, 15, 12]);
    expect(result.findings).toEqual([]);
  });

  it('report each cell that differs from the computed total of its scope', () => {
    const result = read(sheet({ group1: 28, sectionI: 33, grand: 47 }));
    expect(result.findings).toEqual(
      expect.arrayContaining([
        { code: 'TOTAL_ROW_MISMATCH', sheet: 'Tiêu chí', cell: 'E5', params: { kind: 'self', value: 28, computed: 29 } },
        { code: 'TOTAL_ROW_MISMATCH', sheet: 'Tiêu chí', cell: 'E7', params: { kind: 'self', value: 33, computed: 34 } },
        { code: 'TOTAL_ROW_MISMATCH', sheet: 'Tiêu chí', cell: 'E10', params: { kind: 'self', value: 47, computed: 46 } },
      ]),
    );
    expect(result.findings).toHaveLength(3);
  });

  it.each(['TỔNG CỘNG', 'Tong cong', 'Tổng điểm', 'Tổng số điểm'.normalize('NFD')])(
    'recognise %s as the grand total',
    (label) => {
      expect(codes(read(sheet({ grandLabel: label, grand: 40 })))).toEqual(['TOTAL_ROW_MISMATCH@E10']);
      expect(read(sheet({ grandLabel: label })).findings).toEqual([]);
    },
  );

  it('a plain Cộng after a section may total the section', () => {
    const result = read([
      ['TT', 'Nội dung', 'Điểm chuẩn', 'Điểm tự chấm'],
      ['I', 'Phần một'],
      ['1', 'Công tác tổ chức (15 điểm)'],
      ['1.1', 'a', 10, 10],
      ['1.2', 'b', 5, 4],
      ['2', 'Công tác tuyên truyền (5 điểm)'],
      ['2.1', 'c', 5, 5],
      [null, 'Cộng', 20, 19],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.tables[0].sections[0].groups.map((g) => g.criteria.length)).toEqual([2, 1]);
  });

  it('a "Công tác …" group title is not a total row', () => {
    const result = read([
      ['TT', 'Nội dung', 'Điểm chuẩn', 'Điểm tự chấm'],
      [null, 'Cong tac to chuc (10 diem)'],
      ['1', 'a', 10, 10],
    ]);
    expect(result.tables[0].sections[0].groups[0]).toMatchObject({ title: 'Cong tac to chuc', cap: 10, capTotal: 10 });
  });
});
