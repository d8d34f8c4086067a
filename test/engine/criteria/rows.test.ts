// Rows that are not criteria of their own: continuations, repeated headers, blank rows,
// the column-number row, and what follows the table.
import { blankRows, codes, HEADER, PLAIN_HEADER, read } from './grids';

function criteriaOf(result: ReturnType<typeof read>) {
  return result.tables.flatMap((t) => t.sections.flatMap((s) => s.groups.flatMap((g) => g.criteria)));
}

describe('continuation rows', () => {
  it('join a title that runs on to the next row', () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'Giới thiệu đoàn viên ưu tú', 5, 5],
      [null, 'cho Đảng xem xét kết nạp'],
      [2, 'Xếp loại', 5, 5],
    ]);
    expect(criteriaOf(result).map((c) => c.title)).toEqual(['Giới thiệu đoàn viên ưu tú\ncho Đảng xem xét kết nạp', 'Xếp loại']);
  });

  it('join text after a page break (blank row) when it carries on a sentence', () => {
    const result = read([
      HEADER,
      ['Tổ chức', 3, 'Giới thiệu đoàn viên', 'Tổng Liên đoàn giao chỉ tiêu 154. 6 tháng đầu năm giới', 5, 5],
      [],
      [null, null, null, 'thiếu được 479 đoàn viên ưu tú cho Đảng', null, null],
      ['Tổ chức', 4, 'Xếp loại', 'Hướng dẫn 1295', 5, 5],
    ]);
    expect(criteriaOf(result).map((c) => c.order)).toEqual(['3', '4']);
    expect(result.findings).toEqual([]);
  });

  it('with the group title spelled out in the continuation row too', () => {
    const result = read([
      HEADER,
      ['Tổ chức (10 điểm)', 1, 'a', 'x', 5, 5],
      ['Tổ chức (10 điểm)', null, 'tiếp', 'y'],
      ['Tổ chức (10 điểm)', 2, 'b', 'z', 5, 5],
    ]);
    expect(result.tables[0].sections[0].groups).toHaveLength(1);
    expect(criteriaOf(result).map((c) => c.title)).toEqual(['a\ntiếp', 'b']);
  });
});

describe('repeated header rows', () => {
  it('are skipped and reported as info at the row', () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'A', 5, 5],
      [],
      PLAIN_HEADER,
      [2, 'B', 5, 5],
      ['TT', 'Noi dung', 'DIEM CHUAN', 'Diem tu cham', 'Diem tham dinh'],
      [3, 'C', 5, 5],
    ]);
    expect(result.tables).toHaveLength(1);
    expect(criteriaOf(result).map((c) => c.order)).toEqual(['1', '2', '3']);
    expect(codes(result)).toEqual(['REPEATED_HEADER@A4', 'REPEATED_HEADER@A6']);
    expect(result.findings[0]).toEqual({ code: 'REPEATED_HEADER', sheet: 'Tiêu chí', cell: 'A4', params: {} });
  });

  it('with two header rows, both are skipped', () => {
    const top = ['TT', 'Nội dung', 'Điểm', null, null];
    const sub = [null, null, 'Chuẩn', 'Tự chấm', 'Thẩm định'];
    const result = read([top, sub, [1, 'A', 5, 5, 5], top, sub, [2, 'B', 5, 5, 5]]);
    expect(criteriaOf(result).map((c) => c.row)).toEqual([3, 6]);
    expect(codes(result)).toEqual(['REPEATED_HEADER@A4']);
  });

  it('and the column-number row under a header is no criterion', () => {
    const result = read([
      PLAIN_HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [1, 'A', 5, 5],
      PLAIN_HEADER,
      [1, 2, 3, 4, 5],
      [2, 'B', 5, 5],
    ]);
    expect(criteriaOf(result).map((c) => c.order)).toEqual(['1', '2']);
  });
});

describe('end of the table', () => {
  it('blank rows inside the table are skipped', () => {
    const result = read([PLAIN_HEADER, [1, 'A', 5, 5], [], [], [2, 'B', 5, 5]]);
    expect(criteriaOf(result).map((c) => c.order)).toEqual(['1', '2']);
  });

  it('a signature block and notes do not become criteria', () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'A', 5, 5],
      [null, 'Tổng cộng', 5, 5],
      [],
      [null, 'Hà Nội, ngày 15 tháng 12 năm 2023'],
      ['NGƯỜI LẬP BIỂU', null, null, 'TM. BAN THƯỜNG VỤ'],
      [null, null, null, 'CHỦ TỊCH'],
      [],
      [null, 'Nguyễn Văn A', null, 'Trần Văn B'],
      ['Ghi chú: điểm 5 là tối đa', null, 5],
    ]);
    expect(criteriaOf(result).map((c) => c.order)).toEqual(['1']);
    expect(result.findings).toEqual([]);
  });

  it('text in the title column right after the grand total is not a continuation', () => {
    const result = read([PLAIN_HEADER, [1, 'A', 5, 5], [null, 'Tổng cộng', 5, 5], [null, 'Người lập biểu'], [2, 'ký tên', 3, 3]]);
    expect(criteriaOf(result).map((c) => c.title)).toEqual(['A']);
  });

  it('text that starts a new paragraph after blank rows ends the table', () => {
    const result = read([PLAIN_HEADER, [1, 'A', 5, 5], [], [null, 'Bảng này được lập ngày hôm nay'], [null, 'x', 1, 1]]);
    expect(criteriaOf(result).map((c) => c.title)).toEqual(['A']);
  });

  it('a heading of no known form, with criteria right below it, is skipped, not an end', () => {
    const result = read([PLAIN_HEADER, [1, 'A', 5, 5], [], [null, 'PHẦN B: TIÊU CHÍ CHUYÊN ĐỀ'], [2, 'B', 5, 4]]);
    expect(criteriaOf(result).map((c) => c.title)).toEqual(['A', 'B']);
  });

  it('a plan table below a criteria table is not read as criteria', () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'A', 5, 5],
      ...blankRows(2),
      ['TT', 'NHIỆM VỤ CÔNG TÁC TRỌNG TÂM', 'GHI CHÚ'],
      ['I', 'Tháng 01'],
      [1, 'Tuyên truyền', 'x'],
    ]);
    expect(result.tables).toHaveLength(1);
    expect(criteriaOf(result).map((c) => c.title)).toEqual(['A']);
  });
});
