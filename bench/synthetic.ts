// Synthetic criteria and plan sheets of any size, laid out as real ones are, for the
// benchmark and for size tests.
import type { CellValue, SheetSnapshot } from '../src/engine/types';

const CRITERIA_HEADER = [
  'Nhóm lĩnh vực cơ bản',
  'Thứ tự',
  'Nội dung tiêu chí thi đua',
  'Căn cứ chấm điểm',
  'Điểm chuẩn',
  'Điểm tự chấm',
  'Điểm thẩm định',
];
const GROUP_SIZE = 10;
const GROUPS_PER_SECTION = 20;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A criteria sheet with `criteria` rows: sections of 20 groups of 10 criteria, group cells merged down. */
export function criteriaSheet(criteria: number, name = 'Tiêu chí'): SheetSnapshot {
  const values: CellValue[][] = [['BẢNG TIÊU CHÍ THI ĐUA'], [], CRITERIA_HEADER];
  const merges: string[] = [];
  const groups = Math.ceil(criteria / GROUP_SIZE);
  let made = 0;
  for (let g = 0; g < groups; g++) {
    if (g % GROUPS_PER_SECTION === 0) {
      const s = g / GROUPS_PER_SECTION;
      values.push([
        `Mục ${ROMAN[s % ROMAN.length]}`,
        null,
        `Tiêu chí phần ${s + 1} (${GROUPS_PER_SECTION * GROUP_SIZE * 5} điểm)`,
      ]);
    }
    const size = Math.min(GROUP_SIZE, criteria - made);
    const top = values.length + 1;
    for (let i = 0; i < size; i++, made++) {
      const self = made % 7 === 0 ? 4.5 : 5;
      values.push([
        i === 0 ? `Công tác số ${g + 1} (${size * 5} điểm)` : null,
        i + 1,
        `Tiêu chí ${made + 1}`,
        'Theo hướng dẫn',
        5,
        self,
        made % 3 === 0 ? self : null,
      ]);
    }
    if (size > 1) merges.push(`A${top}:A${top + size - 1}`);
  }
  return { name, origin: 'A1', values, merges };
}

/** A plan sheet with `tasks` task rows spread over twelve months, page-break headers every 40 rows. */
export function planSheet(tasks: number, name = 'Nhiệm vụ'): SheetSnapshot {
  const header: CellValue[] = ['TT', 'NHIỆM VỤ CÔNG TÁC TRỌNG TÂM', 'GHI CHÚ'];
  const values: CellValue[][] = [header];
  const perMonth = Math.ceil(tasks / 12);
  let made = 0;
  for (let m = 1; m <= 12; m++) {
    values.push([ROMAN[m - 1], `Tháng ${String(m).padStart(2, '0')}`, null]);
    for (let t = 1; t <= perMonth && made < tasks; t++, made++) {
      values.push([
        t,
        `<p>- Nhiệm vụ ${made + 1} của tháng ${m}: tổ chức, kiểm tra.</p> <p>- Báo cáo kết quả.</p>`,
        t % 5 === 0 ? 'Ghi chú' : null,
      ]);
      if (values.length % 40 === 0) values.push(header);
    }
  }
  return { name, origin: 'A1', values, merges: [] };
}
