// Sections and groups in the layouts real score sheets use; totals are checked against
// sums worked out by hand from the rows.
import { codes, PLAIN_HEADER, read } from './grids';

describe('groups as heading rows over criteria numbered 1.1, 1.2', () => {
  it('takes the points from the title', () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'Công tác tổ chức (30 điểm)'],
      ['1.1', 'Kết nạp đoàn viên', 10, 10],
      ['1.2', 'Thành lập CĐCS', 20, 18],
      [2, 'Công tác tuyên truyền (20 diem)'],
      ['2.1', 'Tuyên truyền', 10, 9],
      ['2.2', 'Báo chí', 5, 5],
    ]);
    const { groups } = result.tables[0].sections[0];
    expect(groups.map((g) => [g.title, g.cell, g.cap, g.capTotal, g.selfTotal])).toEqual([
      ['Công tác tổ chức', 'B2', 30, 30, 28],
      ['Công tác tuyên truyền', 'B5', 20, 15, 14],
    ]);
    expect(groups[0].criteria.map((c) => c.order)).toEqual(['1.1', '1.2']);
    expect(result.findings).toEqual([
      { code: 'GROUP_CAP_MISMATCH', sheet: 'Tiêu chí', cell: 'B5', params: { declared: 20, sum: 15 } },
    ]);
  });

  it('takes the points from the cap column', () => {
    const result = read([
      PLAIN_HEADER,
      ['1', 'Công tác tổ chức', 30],
      ['1.1', 'Kết nạp đoàn viên', 10, 10],
      ['1.2', 'Thành lập CĐCS', 15, 15],
    ]);
    const [group] = result.tables[0].sections[0].groups;
    expect(group).toMatchObject({ title: 'Công tác tổ chức', cell: 'B2', cap: 30, capTotal: 25, selfTotal: 25 });
    expect(codes(result)).toEqual(['GROUP_CAP_MISMATCH@B2']);
  });

  it('takes the points from both, and checks the heading row sums against its criteria', () => {
    const result = read([
      PLAIN_HEADER,
      ['1.', 'Công tác tổ chức (30 điểm)', 30, 27, 26],
      ['1.1', 'Kết nạp đoàn viên', 10, 10, 9],
      ['1.2', 'Thành lập CĐCS', 20, 18, 18],
    ]);
    const [group] = result.tables[0].sections[0].groups;
    expect(group).toMatchObject({ cap: 30, capTotal: 30, selfTotal: 28, appraisedTotal: 27 });
    expect(group.criteria).toHaveLength(2);
    expect(result.findings.filter((f) => f.code === 'TOTAL_ROW_MISMATCH')).toEqual([
      { code: 'TOTAL_ROW_MISMATCH', sheet: 'Tiêu chí', cell: 'D2', params: { kind: 'self', value: 27, computed: 28 } },
      { code: 'TOTAL_ROW_MISMATCH', sheet: 'Tiêu chí', cell: 'E2', params: { kind: 'appraised', value: 26, computed: 27 } },
    ]);
  });

  it('a numbered row with no children under it is a criterion', () => {
    const result = read([PLAIN_HEADER, [1, 'Kết nạp', 10, 10], [2, 'Tuyên truyền', 10, 10]]);
    expect(result.tables[0].sections[0].groups[0].criteria.map((c) => c.order)).toEqual(['1', '2']);
  });
});

describe('section rows', () => {
  it.each([
    ['Mục I in the order column', ['Mục I', 'Tiêu chí chung (40 điểm)'], 'I', 'B2'],
    ['a bare Roman numeral', ['I', 'Tiêu chí chung (40 điểm)'], 'I', 'B2'],
    ['a numeral with a dot', ['II.', 'Tiêu chí chung (40 điểm)'], 'II', 'B2'],
    ['label and title in one cell', ['III. Tiêu chí chung (40 điểm)'], 'III', 'A2'],
    ['label and title in one merged cell, no diacritics', ['Muc IV: Tieu chi chung (40 diem)'], 'IV', 'A2'],
  ])('%s', (_name, sectionRow, label, cell) => {
    const result = read([PLAIN_HEADER, sectionRow, [1, 'A', 25, 20], [2, 'B', 15, 15]], {
      merges: sectionRow.length === 1 ? ['A2:E2'] : undefined,
    });
    const [section] = result.tables[0].sections;
    expect(section).toMatchObject({ label, cell, cap: 40, declaredSelf: null, capTotal: 40, selfTotal: 35 });
    expect(section.title).toBe(sectionRow[sectionRow.length - 1]);
    expect(section.groups).toHaveLength(1);
    expect(section.groups[0]).toMatchObject({ title: '', cell: '', cap: null });
    expect(result.findings).toEqual([]);
  });

  it('reports a declared section maximum that is not the sum of its caps, at the title cell', () => {
    const result = read([PLAIN_HEADER, ['II.', 'Tiêu chí chuyên đề (50 điểm)'], [1, 'A', 25, 20], [2, 'B', 20, 20]]);
    expect(result.findings).toEqual([
      { code: 'SECTION_CAP_MISMATCH', sheet: 'Tiêu chí', cell: 'B2', params: { declared: 50, sum: 45 } },
    ]);
  });

  it('a table with no section rows has one unlabelled section', () => {
    const result = read([PLAIN_HEADER, [1, 'A', 5, 5]]);
    expect(result.tables[0].sections).toEqual([
      expect.objectContaining({
        label: '',
        title: '',
        cell: '',
        cap: null,
        declaredSelf: null,
        capTotal: 5,
        selfTotal: 5,
        appraisedTotal: null,
      }),
    ]);
  });

  it('checks every section and group, with totals that add up by hand', () => {
    const result = read(
      [
        ['Nhóm lĩnh vực', 'TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'],
        ['Mục I', null, 'Nhiệm vụ chính trị (60/70 điểm)'],
        ['Tổ chức (30 điểm)', 1, 'a', 10, 10, 9],
        [null, 2, 'b', 20, 15, null],
        ['Tuyên truyền (40 điểm)', 3, 'c', 25, 25, 25],
        [null, 4, 'd', 15, 14.5, 14],
        ['Mục II', null, 'Nhiệm vụ khác (30 điểm)'],
        ['Nữ công (30 điểm)', 1, 'e', 12.5, 12, null],
        [null, 2, 'f', 17.5, 17.5, null],
      ],
      { merges: ['A3:A4', 'A5:A6', 'A8:A9'] },
    );
    const [one, two] = result.tables[0].sections;
    expect(one).toMatchObject({
      label: 'I',
      cell: 'C2',
      cap: 70,
      declaredSelf: 60,
      capTotal: 70,
      selfTotal: 64.5,
      appraisedTotal: 48,
    });
    expect(one.groups.map((g) => [g.title, g.cell, g.cap, g.capTotal, g.selfTotal, g.appraisedTotal])).toEqual([
      ['Tổ chức', 'A3', 30, 30, 25, 9],
      ['Tuyên truyền', 'A5', 40, 40, 39.5, 39],
    ]);
    expect(two).toMatchObject({
      label: 'II',
      cell: 'C7',
      cap: 30,
      declaredSelf: null,
      capTotal: 30,
      selfTotal: 29.5,
      appraisedTotal: null,
    });
    expect(codes(result)).toEqual(['APPRAISED_DIFFERS@F3', 'APPRAISED_DIFFERS@F6', 'DECLARED_TOTAL_MISMATCH@C2']);
  });
});

describe('several tables on one sheet', () => {
  it('reads each under its own header', () => {
    const result = read(
      [
        ['BẢNG 1'],
        PLAIN_HEADER,
        [1, 'A', 5, 5],
        [],
        ['BẢNG 2: TIÊU CHÍ CHUYÊN ĐỀ'],
        ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
        [1, 'B', 10, 11],
      ],
      { name: 'Tiêu chí' },
    );
    expect(result.tables.map((t) => [t.sheet, t.headerRow, t.sections[0].capTotal])).toEqual([
      ['Tiêu chí', 2, 5],
      ['Tiêu chí', 6, 10],
    ]);
    expect(codes(result)).toEqual(['SCORE_OVER_CAP@D7']);
  });

  it('a header with other columns right under a table starts a new table', () => {
    const result = read([
      PLAIN_HEADER,
      [1, 'A', 5, 5],
      ['TT', 'Nội dung', 'Căn cứ', 'Điểm chuẩn', 'Điểm tự chấm'],
      [1, 'B', 'x', 10, 10],
    ]);
    expect(result.tables.map((t) => t.headerRow)).toEqual([1, 3]);
    expect(result.tables[1].sections[0].groups[0].criteria[0]).toMatchObject({ cap: 10, capCell: 'D4' });
  });
});

describe('merged cells spelled out in every cell (as ExcelJS reads them)', () => {
  it('are read once', () => {
    const rows = [
      ['TT', 'Nội dung tiêu chí', 'Điểm', 'Điểm', 'Điểm'],
      ['TT', 'Nội dung tiêu chí', 'Chuẩn', 'Tự chấm', 'Thẩm định'],
      [
        'I. Tiêu chí chung (20 điểm)',
        'I. Tiêu chí chung (20 điểm)',
        'I. Tiêu chí chung (20 điểm)',
        'I. Tiêu chí chung (20 điểm)',
        'I. Tiêu chí chung (20 điểm)',
      ],
      // Criterion 1 spans rows 4-5: every one of its cells is merged down.
      [1, 'Kết nạp đoàn viên', 10, 9, 9],
      [1, 'Kết nạp đoàn viên', 10, 9, 9],
      [2, 'Xếp loại', 10, 10, 10],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:E1', 'A3:E3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5'];
    const result = read(rows, { merges });
    expect(result.tables[0].headerRow).toBe(1);
    const [section] = result.tables[0].sections;
    expect(section).toMatchObject({ label: 'I', cell: 'A3', cap: 20, capTotal: 20, selfTotal: 19, appraisedTotal: 19 });
    expect(section.groups[0].criteria.map((c) => c.row)).toEqual([4, 6]);
    expect(codes(result)).toEqual([]);
  });
});
