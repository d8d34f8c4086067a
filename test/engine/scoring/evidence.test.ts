// Each criterion's evidence (Căn cứ chấm điểm / Minh chứng) and the points claimed without it.
import { readCriteria } from '../../../src/engine/criteria';
import { codes, grid, PLAIN_HEADER } from '../criteria/grids';
import type { CellValue } from '../../../src/engine/types';

const header = (basis: string) => ['TT', 'Nội dung tiêu chí', basis, 'Điểm chuẩn', 'Điểm tự chấm'];
const read = (rows: CellValue[][], merges?: string[]) => readCriteria(grid(rows, { merges }));
const criteriaOf = (r: ReturnType<typeof read>) => r.tables[0].sections.flatMap((s) => s.groups.flatMap((g) => g.criteria));

describe('evidence', () => {
  it.each(['Căn cứ chấm điểm', 'Căn cứ đánh giá', 'Minh chứng', 'Tài liệu kiểm chứng'])('is read from a "%s" column', (name) => {
    const r = read([header(name), [1, 'A', '<p>Quyết định số 12</p><p>Biên bản</p>', 5, 5], [2, 'B', '', 5, 0]]);
    expect(criteriaOf(r).map((c) => [c.basis, c.basisCell])).toEqual([
      ['Quyết định số 12\nBiên bản', 'C2'],
      ['', 'C3'],
    ]);
    expect(codes(r)).toEqual([]);
  });

  it('notes a self score above 0 with no evidence, at the basis cell', () => {
    const r = read([header('Minh chứng'), [1, 'A', null, 5, 4]]);
    expect(r.findings).toEqual([{ code: 'EVIDENCE_MISSING', sheet: 'Tiêu chí', cell: 'C2', params: { self: 4 } }]);
  });

  it('takes one evidence cell merged down several criteria as the evidence of each', () => {
    const r = read([header('Căn cứ chấm điểm'), [1, 'A', 'Báo cáo năm', 5, 5], [2, 'B', null, 5, 5]], ['C2:C3']);
    expect(criteriaOf(r).map((c) => c.basis)).toEqual(['Báo cáo năm', 'Báo cáo năm']);
    expect(codes(r)).toEqual([]);
  });

  it('asks none for deductions, and is "" everywhere in a table without the column', () => {
    const penalty = read([header('Minh chứng'), ['I.', 'Điểm trừ'], [1, 'Chậm', null, 2, 2]]);
    expect(codes(penalty)).toEqual([]);
    const none = read([PLAIN_HEADER, [1, 'A', 5, 5]]);
    expect(criteriaOf(none)[0]).toMatchObject({ basis: '', basisCell: '' });
    expect(codes(none)).toEqual([]);
  });

  it('"Hướng dẫn chấm" is guidance, not evidence', () => {
    const r = read([header('Hướng dẫn chấm điểm'), [1, 'A', null, 5, 5]]);
    expect(criteriaOf(r)[0].basisCell).toBe('');
    expect(codes(r)).toEqual([]);
  });
});

describe('evidence on rows below', () => {
  it('carried on under a criterion is part of its evidence', () => {
    const r = read([header('Minh chứng'), [1, 'Kết nạp đoàn viên', 'Báo cáo quý I', 5, 5], [null, null, '- Báo cáo quý II']]);
    expect(criteriaOf(r)[0].basis).toBe('Báo cáo quý I\n- Báo cáo quý II');
  });
});
