// Criteria split into lettered parts (`3 | Tuyên truyền | 10` over `a) … | 5`, `b) … | 5`):
// the parts are the criteria that count, the parent's own cells are checked like a
// subtotal; parts with no scores are lines of the parent's title. Totals worked out by hand.
import type { CellValue } from '../../../src/engine/types';
import { codes, HEADER, PLAIN_HEADER, read } from './grids';

const criteriaOf = (result: ReturnType<typeof read>) =>
  result.tables[0].sections.flatMap((s) => s.groups.flatMap((g) => g.criteria));
const totalsOf = (t: { capTotal: number; selfTotal: number; appraisedTotal: number | null }) => [
  t.capTotal,
  t.selfTotal,
  t.appraisedTotal,
];

describe('parts with caps are the criteria that count', () => {
  const rows: CellValue[][] = [
    PLAIN_HEADER,
    [null, 'Công tác chung (30 điểm)'],
    [1, 'Kết nạp đoàn viên', 10, 10],
    [2, 'Công tác tuyên truyền', 10, 9, 8],
    [null, 'a) Tuyên truyền nghị quyết', 5, 5, 5],
    [null, 'b) Tuyên truyền pháp luật', 5, 4, 3],
    [3, 'Chăm lo đời sống', 10, 7],
    [null, 'Cộng', 30, 26, 16],
  ];

  it("reads the parts in the parent's place, ordered 2a, 2b, with the parent's title beside theirs", () => {
    const result = read(rows);
    expect(criteriaOf(result).map((c) => [c.row, c.order, c.title, c.cap, c.self, c.appraised, c.parentTitle])).toEqual([
      [3, '1', 'Kết nạp đoàn viên', 10, 10, null, undefined],
      [5, '2a', 'Tuyên truyền nghị quyết', 5, 5, 5, 'Công tác tuyên truyền'],
      [6, '2b', 'Tuyên truyền pháp luật', 5, 4, 3, 'Công tác tuyên truyền'],
      [7, '3', 'Chăm lo đời sống', 10, 7, null, undefined],
    ]);
    expect(criteriaOf(result)[1]).toMatchObject({ capCell: 'C5', selfCell: 'D5', appraisedCell: 'E5' });
  });

  it('counts each cap once: 10 + 5 + 5 + 10 = 30 as the group declares, 10 + 5 + 4 + 7 = 26 self, 5 + 3 = 8 appraised', () => {
    const result = read(rows);
    const [group] = result.tables[0].sections[0].groups;
    expect([group.cap, ...totalsOf(group)]).toEqual([30, 30, 26, 8]);
    // Only the Cộng row's appraised 16 is wrong (8); the parent's 10 | 9 | 8 agrees with its parts.
    expect(codes(result)).toEqual(['APPRAISED_DIFFERS@E6', 'TOTAL_ROW_MISMATCH@E8']);
    expect(result.findings.find((f) => f.code === 'TOTAL_ROW_MISMATCH')?.params).toEqual({
      kind: 'appraised',
      value: 16,
      computed: 8,
    });
  });

  it("reports the parent's cells where they differ from the sums of its parts", () => {
    const result = read([
      PLAIN_HEADER,
      [3, 'Công tác tuyên truyền', 12, 8],
      ['a', 'Tuyên truyền nghị quyết', 5, 5],
      ['b', 'Tuyên truyền pháp luật', 5, 4],
    ]);
    expect(result.findings).toEqual([
      {
        code: 'TOTAL_ROW_MISMATCH',
        sheet: 'Tiêu chí',
        cell: 'C2',
        params: { kind: 'cap', value: 12, computed: 10, of: 'parts' },
      },
      { code: 'TOTAL_ROW_MISMATCH', sheet: 'Tiêu chí', cell: 'D2', params: { kind: 'self', value: 8, computed: 9, of: 'parts' } },
    ]);
    expect(totalsOf(result.tables[0].sections[0])).toEqual([10, 9, null]);
  });

  it('says nothing of a parent whose cells are blank (no SCORE_MISSING, no cap to check)', () => {
    const result = read([PLAIN_HEADER, [3, 'Công tác tuyên truyền'], ['a)', 'Nghị quyết', 5, 5], ['b)', 'Pháp luật', 5, 4]]);
    expect(result.findings).toEqual([]);
    expect(criteriaOf(result).map((c) => c.order)).toEqual(['3a', '3b']);
    expect(totalsOf(result.tables[0].sections[0])).toEqual([10, 9, null]);
  });

  it('checks each part as a criterion of its own', () => {
    const result = read([
      PLAIN_HEADER,
      [3, 'Công tác tuyên truyền', 10],
      ['a)', 'Nghị quyết', 5, 6],
      ['b)', 'Pháp luật', 5],
      ['c)', 'Báo chí', null, 2],
    ]);
    expect(codes(result)).toEqual(['CAP_MISSING@C5', 'SCORE_MISSING@D4', 'SCORE_OVER_CAP@D3']);
  });

  it.each([
    ['a', 'b'],
    ['a)', 'b)'],
    ['a.', 'b.'],
    ['(a)', '(b)'],
    ['d)', 'đ)'],
  ])('reads %s / %s in the order column as letters', (first, second) => {
    const result = read([PLAIN_HEADER, ['4.', 'Tuyên truyền', 10, 9], [first, 'Nghị quyết', 6, 6], [second, 'Pháp luật', 4, 3]]);
    const letters = [first, second].map((l) => l.replace(/[().]/g, ''));
    expect(criteriaOf(result).map((c) => [c.order, c.title])).toEqual([
      [`4${letters[0]}`, 'Nghị quyết'],
      [`4${letters[1]}`, 'Pháp luật'],
    ]);
    expect(result.findings).toEqual([]);
  });

  it.each([['a) Nghị quyết'], ['a. Nghị quyết'], ['(a) Nghị quyết'], ['a)Nghị quyết']])(
    'reads a title that opens with a letter: %s',
    (title) => {
      const result = read([PLAIN_HEADER, [4, 'Tuyên truyền', 10, 9], [null, title, 6, 6], [null, 'b) Pháp luật', 4, 3]]);
      expect(criteriaOf(result).map((c) => [c.order, c.title])).toEqual([
        ['4a', 'Nghị quyết'],
        ['4b', 'Pháp luật'],
      ]);
    },
  );

  it('adds a continuation row under a part to that part', () => {
    const result = read([
      PLAIN_HEADER,
      [3, 'Tuyên truyền', 10, 9],
      ['a)', 'Nghị quyết', 5, 5],
      [null, 'của Đảng', null, null],
      ['b)', 'Pháp luật', 5, 4],
    ]);
    expect(criteriaOf(result).map((c) => c.title)).toEqual(['Nghị quyết\ncủa Đảng', 'Pháp luật']);
  });
});

describe('parts with no scores are lines of the parent', () => {
  it("adds them to the parent's title, letters kept; the parent counts", () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'Công tác tuyên truyền, gồm:', 10, 9],
      [null, 'a) Tuyên truyền nghị quyết;'],
      ['b', 'Tuyên truyền pháp luật.'],
      [2, 'Chăm lo đời sống', 10, 10],
    ]);
    expect(criteriaOf(result).map((c) => [c.order, c.title, c.cap, c.self, c.parentTitle])).toEqual([
      ['1', 'Công tác tuyên truyền, gồm:\na) Tuyên truyền nghị quyết;\nb) Tuyên truyền pháp luật.', 10, 9, undefined],
      ['2', 'Chăm lo đời sống', 10, 10, undefined],
    ]);
    expect(totalsOf(result.tables[0].sections[0])).toEqual([20, 19, null]);
    expect(result.findings).toEqual([]);
  });

  it('never reads a "- …" line as a part', () => {
    const result = read([PLAIN_HEADER, [1, 'Tuyên truyền', 10, 9], [null, '- Nghị quyết', 5, 5]]);
    // A dash line with numbers is no part: it stays a criterion with no order, as before.
    expect(criteriaOf(result).map((c) => [c.order, c.title])).toEqual([
      ['1', 'Tuyên truyền'],
      ['', '- Nghị quyết'],
    ]);
  });

  it('makes a part with scores a criterion even when a part before it had none', () => {
    const result = read([PLAIN_HEADER, [1, 'Tuyên truyền', 10], ['a)', 'Nghị quyết'], ['b)', 'Pháp luật', 10, 8]]);
    expect(criteriaOf(result).map((c) => [c.order, c.cap, c.self])).toEqual([
      ['1a', null, null],
      ['1b', 10, 8],
    ]);
    expect(result.findings).toEqual([]);
  });
});

describe('parts in the other layouts', () => {
  it('under heading-row groups: 1.1 over a), b) is 1.1a, 1.1b; the group and the Cộng row count the parts', () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'Công tác tổ chức (30 điểm)'],
      ['1.1', 'Kết nạp đoàn viên', 20, 17],
      ['a)', 'Khối doanh nghiệp', 12, 10],
      ['b)', 'Khối hành chính', 8, 7],
      ['1.2', 'Thành lập CĐCS', 10, 10],
      [null, 'Cộng', 30, 27],
      [2, 'Công tác tuyên truyền (10 điểm)'],
      ['2.1', 'Tuyên truyền', 10, 9],
    ]);
    const [first, second] = result.tables[0].sections[0].groups;
    expect(first.criteria.map((c) => c.order)).toEqual(['1.1a', '1.1b', '1.2']);
    expect([first.title, first.cap, ...totalsOf(first)]).toEqual(['Công tác tổ chức', 30, 30, 27, null]);
    expect(second.criteria.map((c) => c.order)).toEqual(['2.1']);
    expect(result.findings).toEqual([]);
  });

  it("right under a numbered group heading: the parts are that group's criteria 1a, 1b", () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'Công tác tuyên truyền (10 điểm)'],
      ['a)', 'Nghị quyết', 5, 5],
      ['b)', 'Pháp luật', 4, 4],
      [2, 'Chăm lo (10 điểm)'],
      ['2.1', 'Đời sống', 10, 9],
    ]);
    const [group] = result.tables[0].sections[0].groups;
    expect(group.criteria.map((c) => [c.order, c.parentTitle])).toEqual([
      ['1a', undefined],
      ['1b', undefined],
    ]);
    // 5 + 4 = 9 against the declared 10.
    expect(codes(result)).toEqual(['GROUP_CAP_MISMATCH@B2']);
  });

  it("in the seed's layout, a group cell merged down a parent and its parts", () => {
    const result = read(
      [
        HEADER,
        ['Xây dựng tổ chức (20 điểm)', 1, 'Kết nạp đoàn viên', 'Báo cáo', 10, 10, 9],
        [null, 2, 'Tuyên truyền', 'Báo cáo', 10, 8, 8],
        [null, 'a', 'Nghị quyết', null, 6, 5, 5],
        [null, 'b', 'Pháp luật', null, 4, 3, 3],
        ['Tổng cộng', null, null, null, 20, 18, 17],
      ],
      { merges: ['A2:A5'] },
    );
    const [group] = result.tables[0].sections[0].groups;
    expect(group.criteria.map((c) => c.order)).toEqual(['1', '2a', '2b']);
    expect([group.title, group.cap, ...totalsOf(group)]).toEqual(['Xây dựng tổ chức', 20, 20, 18, 17]);
    expect(codes(result)).toEqual(['APPRAISED_DIFFERS@G2']);
  });

  it('leaves upper-case letters and Roman numerals to headings and sections', () => {
    const result = read([
      PLAIN_HEADER,
      ['I', 'Tiêu chí chung (20 điểm)'],
      [1, 'Tuyên truyền', 10, 9],
      ['A', 'Phần bắt buộc'],
      [2, 'Chăm lo', 10, 10],
    ]);
    const [section] = result.tables[0].sections;
    expect(section.label).toBe('I');
    expect(section.groups.flatMap((g) => g.criteria.map((c) => c.order))).toEqual(['1', '2']);
    expect(result.findings).toEqual([]);
  });
});
