// The seed's criteria sheet (values copied from the fixture), read in both forms a
// reader gives it: with the merge A9:A17, or with the group's title in every row.
import { blankRows, codes, HEADER, read } from './grids';
import type { CellValue } from '../../../src/engine/types';

const GROUP = 'Công tác xây dựng tổ chức công đoàn (50 điểm)';
const SECTION = 'Tiêu chí thực hiện nhiệm vụ chính trị và chỉ tiêu cơ bản của Tổng Liên đoàn (298/300 điểm)';
const CRITERIA: [string, string, number][] = [
  ['Kết nạp đoàn viên công đoàn', 'Đạt chỉ tiêu theo Quyết định số 5581/QĐ-TLĐ ngày 11/11/2022 của TLĐ', 5],
  ['Thành lập CĐCS tại doanh nghiệp có từ 25 công nhân, lao động trở lên', 'Đạt chỉ tiêu theo Quyết định số 5581/QĐ-TLĐ', 5],
  [
    'Giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét kết nạp',
    'Tổng Liên đoàn giao chỉ tiêu giới thiệu 154 đoàn viên ưu tú cho Đảng xem xét bồi dưỡng, kết nạp. 6 tháng đầu năm giới thiếu được 479 đoàn viên ưu tú cho Đảng bồi dưỡng kết nạp, đạt 311% chỉ tiêu được giao',
    5,
  ],
  ['Xếp loại Công đoàn cấp trên trực tiếp cơ sở', 'Hướng dẫn số 1295/HD-TLĐ ngày 14/8/2019 của TLĐ', 5],
  ['Xếp loại Công đoàn cơ sở', 'Hướng dẫn số 1294/HD-TLĐ ngày 14/8/2019 của TLĐ.', 5],
  [
    'Công tác đào tạo, bồi dưỡng cán bộ công đoàn chủ chốt cấp cơ sở',
    'Đạt chỉ tiêu theo quyết định số Quyết định số 5581/QĐ-TLĐ',
    5,
  ],
  ['Công tác sắp xếp, kiện toàn tổ chức, bộ máy', 'Xây dựng kế hoạch sắp xếp, kiện toàn tổ chức bộ máy', 5],
  ['Củng cố, kiện toàn các tổ chức yếu kém', 'Xây dựng kế hoạch củng cố, kiện toàn tổ chức yếu kém', 5],
  [
    'Công tác tổ chức đại hội công đoàn',
    '<p>Kết quả của Công đoàn Dầu khí Việt Nam</p> <p>Thực hiện chỉ đạo của Tổng Liên đoàn</p>',
    10,
  ],
];

function seedRows(groupInEveryRow: boolean): CellValue[][] {
  return [
    ['KHỎI THI ĐUA 09 CĐ TẬP ĐOÀN, TCT'],
    ['CÔNG ĐOÀN DẦU KHÍ VIỆT NAM'],
    [],
    ['BẢNG TIÊU CHÍ THI ĐUA KHỎI CÔNG ĐOÀN TẬP ĐOÀN, TỔNG CÔNG TY'],
    ['TRỰC THUỘC TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM NĂM 2023'],
    [],
    HEADER,
    ['Mục I', null, SECTION],
    ...CRITERIA.map(([title, basis, points], i): CellValue[] => [
      i === 0 || groupInEveryRow ? GROUP : null,
      i + 1,
      title,
      basis,
      points,
      points,
    ]),
  ];
}

describe.each([
  ['merged group column', false, ['A9:A17']],
  ['group title repeated in every row, no merge info', true, undefined],
  ['group title repeated in every row and merged', true, ['A9:A17']],
])('seed criteria sheet: %s', (_name, repeated, merges) => {
  const result = read(seedRows(repeated), { name: 'Tiêu chí 2023', merges });

  it('finds one table under the header on row 7', () => {
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].sheet).toBe('Tiêu chí 2023');
    expect(result.tables[0].headerRow).toBe(7);
  });

  it('reads section I with its declared 298/300 points', () => {
    const [section] = result.tables[0].sections;
    expect(result.tables[0].sections).toHaveLength(1);
    expect(section).toMatchObject({
      label: 'I',
      title: SECTION,
      cell: 'C8',
      cap: 300,
      declaredSelf: 298,
      capTotal: 50,
      selfTotal: 50,
      appraisedTotal: null,
    });
  });

  it('reads one group of nine criteria', () => {
    const { groups } = result.tables[0].sections[0];
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      title: 'Công tác xây dựng tổ chức công đoàn',
      cell: 'A9',
      cap: 50,
      capTotal: 50,
      selfTotal: 50,
      appraisedTotal: null,
    });
    expect(groups[0].criteria.map((c) => c.order)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(groups[0].criteria[0]).toEqual({
      row: 9,
      order: '1',
      title: 'Kết nạp đoàn viên công đoàn',
      cap: 5,
      self: 5,
      appraised: null,
      capCell: 'E9',
      selfCell: 'F9',
      appraisedCell: 'G9',
      basis: 'Đạt chỉ tiêu theo Quyết định số 5581/QĐ-TLĐ ngày 11/11/2022 của TLĐ',
      basisCell: 'D9',
    });
    expect(groups[0].criteria[8]).toMatchObject({ row: 17, cap: 10, self: 10 });
  });

  it('reports only the section figures that do not add up', () => {
    expect(codes(result)).toEqual(['DECLARED_TOTAL_MISMATCH@C8', 'SECTION_CAP_MISMATCH@C8']);
    const byCode = Object.fromEntries(result.findings.map((f) => [f.code, f.params]));
    expect(byCode.SECTION_CAP_MISMATCH).toEqual({ declared: 300, sum: 50 });
    expect(byCode.DECLARED_TOTAL_MISMATCH).toEqual({ declared: 298, computed: 50 });
  });
});

describe('seed layout split by a page break', () => {
  // As in the source document: criterion 3's basis runs on after a blank row.
  const rows = seedRows(false);
  rows.splice(11, 0, [], [null, null, null, 'thiếu được 479 đoàn viên ưu tú cho Đảng bồi dưỡng kết nạp']);
  const result = read([...rows, ...blankRows(2), ['Ghi chú: bảng điểm do đơn vị tự chấm']], { merges: ['A9:A19'] });

  it('joins the continuation to the criterion above and stops before the note', () => {
    const [group] = result.tables[0].sections[0].groups;
    expect(group.criteria).toHaveLength(9);
    expect(group.criteria.map((c) => c.row)).toEqual([9, 10, 11, 14, 15, 16, 17, 18, 19]);
    expect(group.capTotal).toBe(50);
  });
});
