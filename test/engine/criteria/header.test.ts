// Finding the criteria header: spellings, two-row headers, position, and what is no header.
import { criteriaHeaderAt, criteriaRole, findCriteriaHeader } from '../../../src/engine/detect/criteria-header';
import { blankRows, grid, read } from './grids';

describe('criteriaRole', () => {
  it.each([
    ['Thứ tự', 'order'],
    ['TT', 'order'],
    ['STT', 'order'],
    ['S.TT', 'order'],
    ['Số TT', 'order'],
    ['Nội dung tiêu chí thi đua', 'title'],
    ['NOI DUNG TIEU CHI', 'title'],
    ['Nhóm lĩnh vực cơ bản', 'group'],
    ['Căn cứ chấm điểm', 'basis'],
    ['Điểm chuẩn', 'cap'],
    ['Diem chuan', 'cap'],
    ['ĐIỂM CHUẨN', 'cap'],
    ['Chuẩn', 'cap'],
    ['Điểm tối đa', 'cap'],
    ['Điểm tự chấm', 'self'],
    ['Diem tu cham', 'self'],
    ['Tự chấm', 'self'],
    ['Điểm tự đánh giá', 'self'],
    ['Điểm thẩm định', 'appraised'],
    ['Thẩm định', 'appraised'],
    // OCR slips: wrong tone marks, Eth for Đ, decomposed (NFD) text, l for i.
    ['Điếm chuấn', 'cap'],
    ['\u00D0iểm tự chấm', 'self'],
    ['Điểm thẩm định'.normalize('NFD'), 'appraised'],
    ['Đlểm chuẩn', 'cap'],
  ])('%s -> %s', (text, role) => {
    expect(criteriaRole(text)).toBe(role);
  });

  it.each([
    'Nhiệm vụ công tác trọng tâm',
    'Ghi chú',
    'Thời điểm',
    '',
    'Tiêu chí thực hiện nhiệm vụ chính trị và chỉ tiêu cơ bản của Tổng Liên đoàn năm 2023',
  ])('names no criteria column: %s', (text) => {
    expect(criteriaRole(text) === null || criteriaRole(text) === 'title').toBe(true);
    expect(['cap', 'self', 'appraised', 'order']).not.toContain(criteriaRole(text));
  });
});

const ROW = [1, 'Kết nạp đoàn viên', 5, 4, 4];

describe('header spellings', () => {
  it.each([
    ['no diacritics', ['TT', 'Noi dung tieu chi', 'Diem chuan', 'Diem tu cham', 'Diem tham dinh']],
    ['upper case', ['STT', 'NỘI DUNG TIÊU CHÍ', 'ĐIỂM CHUẨN', 'ĐIỂM TỰ CHẤM', 'ĐIỂM THẨM ĐỊNH']],
    ['NFD', ['Thứ tự', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'].map((s) => s.normalize('NFD'))],
    ['Eth lookalike', ['TT', 'Nội dung', '\u00D0iểm chuẩn', '\u00D0iểm tự chấm', '\u00D0iểm thẩm định']],
  ])('%s', (_name, header) => {
    const result = read([['Bảng điểm'], header, ROW]);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].headerRow).toBe(2);
    const [criterion] = result.tables[0].sections[0].groups[0].criteria;
    expect(criterion).toMatchObject({
      order: '1',
      title: 'Kết nạp đoàn viên',
      cap: 5,
      self: 4,
      appraised: 4,
      capCell: 'C3',
      selfCell: 'D3',
      appraisedCell: 'E3',
    });
  });

  it('reads a table without an appraised column, with empty appraised cells', () => {
    const result = read([
      ['TT', 'Nội dung', 'Điểm chuẩn', 'Điểm tự chấm'],
      [1, 'A', 5, 5],
    ]);
    expect(result.tables[0].sections[0].groups[0].criteria[0]).toMatchObject({ appraised: null, appraisedCell: '' });
  });
});

describe('header position', () => {
  it('finds a header on row 25 and reports it in sheet rows', () => {
    const result = read([...blankRows(24), ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'], [1, 'A', 5, 5]]);
    expect(result.tables[0].headerRow).toBe(25);
    expect(result.tables[0].sections[0].groups[0].criteria[0].row).toBe(26);
  });

  it('works in sheet coordinates when the snapshot starts at C5', () => {
    const result = read(
      [
        ['TT', 'Nội dung', 'Điểm chuẩn', 'Điểm tự chấm'],
        [1, 'A', 5, 6],
      ],
      { origin: 'C5' },
    );
    expect(result.tables[0].headerRow).toBe(5);
    expect(result.findings).toEqual([
      { code: 'SCORE_OVER_CAP', sheet: 'Tiêu chí', cell: 'F6', params: { kind: 'self', score: 6, cap: 5 } },
    ]);
  });

  it('does not look for the first header below row 30', () => {
    const result = read([...blankRows(30), ['TT', 'Nội dung', 'Điểm chuẩn', 'Điểm tự chấm'], [1, 'A', 5, 5]]);
    expect(result.tables).toEqual([]);
  });
});

describe('two header rows under a merged Điểm', () => {
  const rows = [
    ['TT', 'Nội dung tiêu chí', 'Điểm', null, null],
    [null, null, 'Chuẩn', 'Tự chấm', 'Thẩm định'],
    [1, 'Kết nạp đoàn viên', 5, 4, 3],
  ];

  it('reads both rows as one header whose row is the first', () => {
    const header = criteriaHeaderAt(grid(rows, { merges: ['A1:A2', 'B1:B2', 'C1:E1'] }), 1);
    expect(header).toMatchObject({ row: 1, lastRow: 2, columns: { order: 1, title: 2, cap: 3, self: 4, appraised: 5 } });
    const result = read(rows, { merges: ['A1:A2', 'B1:B2', 'C1:E1'] });
    expect(result.tables[0].headerRow).toBe(1);
    expect(result.tables[0].sections[0].groups[0].criteria[0]).toMatchObject({ row: 3, cap: 5, self: 4, appraised: 3 });
  });

  it('also when the sub-row repeats the merged cells above (no merge info)', () => {
    const spelled = [rows[0], ['TT', 'Nội dung tiêu chí', 'Chuẩn', 'Tự chấm', 'Thẩm định'], rows[2]];
    expect(criteriaHeaderAt(grid(spelled), 1)).toMatchObject({ lastRow: 2, columns: { cap: 3, self: 4, appraised: 5 } });
  });

  it('also with Điểm chuẩn in one row and a merged Điểm chấm over Tự chấm | Thẩm định', () => {
    const mixed = [
      ['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm chấm', null],
      [null, null, null, 'Tự chấm', 'Thẩm định'],
      [1, 'A', 5, 5, 5],
    ];
    expect(criteriaHeaderAt(grid(mixed), 1)).toMatchObject({ lastRow: 2, columns: { cap: 3, self: 4, appraised: 5 } });
  });
});

describe('what is no criteria header', () => {
  it('a plan table (TT | Nhiệm vụ | Ghi chú) is not a criteria table', () => {
    const result = read([
      ['TT', 'NHIỆM VỤ CÔNG TÁC TRỌNG TÂM', 'GHI CHÚ'],
      ['I', 'Tháng 01', ''],
      [1, 'Tuyên truyền', ''],
    ]);
    expect(result).toEqual({ tables: [], findings: [] });
  });

  it('a header without a self column, or without a cap column', () => {
    expect(findCriteriaHeader(grid([['TT', 'Nội dung', 'Điểm chuẩn', 'Ghi chú']]), 1, 30)).toBeNull();
    expect(findCriteriaHeader(grid([['TT', 'Nội dung', 'Điểm tự chấm', 'Điểm thẩm định']]), 1, 30)).toBeNull();
  });
});
