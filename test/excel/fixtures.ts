// Criteria workbooks of any size for the gateway tests, with the CriteriaSheet the
// engine would read from them, built by hand.
import type { CriteriaSheet, Criterion, Group } from '../../src/engine/types';
import type { CellData, WorkbookData } from '../../src/memory-excel';
import { withResult } from '../support/results';

export const SHEET = 'Tiêu chí 2023';
const GROUP_SIZE = 9;

export interface CriteriaFixture {
  data: WorkbookData;
  criteria: CriteriaSheet;
  /** Last sheet row used. */
  lastRow: number;
}

/**
 * A seed-like sheet: title, header in row 7, section in row 8, then groups of 9
 * criteria (group title merged down column A) each followed by a "Cộng" row with SUMs.
 * Caps alternate 5 and 10 by group; self scores are the cap minus 1.
 */
export function criteriaWorkbook(criteriaRows: number, options: { titleText?: string } = {}): CriteriaFixture {
  const cells: Record<string, CellData> = {
    A1: { value: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM' },
    A7: { value: 'Nhóm' },
    B7: { value: 'TT' },
    C7: { value: 'Nội dung tiêu chí' },
    E7: { value: 'Điểm chuẩn' },
    F7: { value: 'Tự chấm' },
    G7: { value: 'Thẩm định' },
    H7: { value: 'Ghi chú' },
    B8: { value: 'I' },
    C8: { value: 'Tiêu chí thực hiện nhiệm vụ chính trị (300 điểm)' },
  };
  const merges: string[] = [];
  const groups: Group[] = [];
  let row = 9;
  for (let done = 0, g = 0; done < criteriaRows; g++) {
    const size = Math.min(GROUP_SIZE, criteriaRows - done);
    const cap = g % 2 === 0 ? 5 : 10;
    const top = row;
    const criteria: Criterion[] = [];
    cells[`A${top}`] = { value: `Nhóm ${g + 1}` };
    if (size > 1) merges.push(`A${top}:A${top + size - 1}`);
    for (let i = 0; i < size; i++, row++, done++) {
      const title = `${options.titleText ?? 'Tiêu chí'} ${done + 1}`;
      cells[`B${row}`] = { value: i + 1 };
      cells[`C${row}`] = { value: title };
      cells[`E${row}`] = { value: cap };
      cells[`F${row}`] = { value: cap - 1 };
      criteria.push({
        row,
        order: String(i + 1),
        title,
        cap,
        self: cap - 1,
        appraised: null,
        capCell: `E${row}`,
        selfCell: `F${row}`,
        appraisedCell: `G${row}`,
        basis: '',
        basisCell: '',
      });
    }
    cells[`C${row}`] = { value: 'Cộng' };
    for (const col of ['E', 'F']) cells[`${col}${row}`] = { value: null, formula: `=SUM(${col}${top}:${col}${row - 1})` };
    row++;
    groups.push({
      kind: 'base',
      title: `Nhóm ${g + 1}`,
      cell: `A${top}`,
      cap: cap * size,
      capTotal: cap * size,
      selfTotal: (cap - 1) * size,
      appraisedTotal: null,
      criteria,
    });
  }
  const capTotal = groups.reduce((n, g) => n + g.capTotal, 0);
  const selfTotal = groups.reduce((n, g) => n + g.selfTotal, 0);
  return {
    data: {
      sheets: [
        { name: SHEET, cells, merges },
        { name: 'Ghi chú', cells: { A1: { value: 'không liên quan' } } },
      ],
    },
    criteria: withResult({
      sheet: SHEET,
      headerRow: 7,
      sections: [
        {
          kind: 'base',
          label: 'I',
          title: 'Tiêu chí thực hiện nhiệm vụ chính trị (300 điểm)',
          cell: 'C8',
          cap: 300,
          declaredSelf: null,
          capTotal,
          selfTotal,
          appraisedTotal: null,
          groups,
        },
      ],
    }),
    lastRow: row - 1,
  };
}
