// The gateway over the in-memory host with a score sheet of base, bonus and penalty
// points: guards that take deductions in either sign and say which kind a cell holds,
// and a totals sheet whose final score and classification are live formulas.
import { createExcelGateway } from '../../src/excel/gateway';
import { checkWorkbook } from '../../src/engine/report';
import { TOTALS_SHEET_NAME } from '../../src/engine/totals-sheet';
import type { CellValue, Lang, Report } from '../../src/engine/types';
import { createMemoryExcel, type CellData } from '../../src/memory-excel';

const SHEET = 'Bảng điểm';

const ROWS: CellValue[][] = [
  ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'],
  ['I.', 'Tiêu chí cơ bản (20 điểm)'],
  [1, 'Phát triển đoàn viên', 10, 10, 9],
  [2, 'Tổ chức hội nghị', 10, 8, 8],
  ['II.', 'Điểm thưởng (tối đa 5 điểm)'],
  [1, 'Bằng khen', 3, 3],
  [2, 'Mô hình hay', 3, 3],
  ['III.', 'Điểm trừ'],
  [1, 'Chậm báo cáo', 5, -3],
];

function cells(rows: CellValue[][]): Record<string, CellData> {
  const out: Record<string, CellData> = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) out[`${String.fromCharCode(65 + c)}${r + 1}`] = { value: value as string | number };
    }),
  );
  return out;
}

async function setup(lang: Lang = 'vi', rows = ROWS) {
  const host = createMemoryExcel({
    sheets: [
      { name: SHEET, cells: cells(rows) },
      {
        name: 'Quy định',
        cells: cells([
          ['Xếp loại', 'Từ'],
          ['Tốt', 20],
          ['Khá', 15],
        ]),
      },
    ],
  });
  const gw = createExcelGateway(host.excel, () => true);
  const report = checkWorkbook(await gw.readSnapshots(), { file: 'a.xlsx', lang });
  return { host, gw, report };
}

describe('guards by kind', () => {
  it('keep bonus cells in 0..cap and take a deduction in either sign up to its cap', async () => {
    const { host, gw, report } = await setup();
    await gw.guardScores(report.criteriaSheets, 'vi');
    expect((await host.typeInto(SHEET, 'D6', '3')).accepted).toBe(true);
    const bonus = await host.typeInto(SHEET, 'D6', '-1');
    expect(bonus).toMatchObject({ accepted: false, alert: { style: 'Stop', title: 'Điểm thưởng không hợp lệ' } });
    for (const ok of ['-5', '5', '-2', '0']) expect([ok, (await host.typeInto(SHEET, 'D9', ok)).accepted]).toEqual([ok, true]);
    const penalty = await host.typeInto(SHEET, 'D9', '-6');
    expect(penalty).toMatchObject({ accepted: false, alert: { title: 'Điểm trừ không hợp lệ' } });
    expect(penalty.alert?.message).toContain('ghi 2 hay -2 đều là trừ 2 điểm');
    expect((await host.typeInto(SHEET, 'D3', '-1')).alert?.title).toBe('Điểm không hợp lệ');
  });

  it('speak the language they are given, within Excel’s limits', async () => {
    const { host, gw, report } = await setup('en');
    await gw.guardScores(report.criteriaSheets, 'en');
    const alert = (await host.typeInto(SHEET, 'D9', '9')).alert!;
    expect(alert.title).toBe('Invalid deduction');
    expect(alert.message).not.toMatch(/điểm/i);
    const validations = host.snapshotModel().sheets[0].validations ?? [];
    for (const v of validations) {
      expect(v.errorAlert?.title?.length).toBeLessThanOrEqual(32);
      expect(v.prompt?.message?.length).toBeLessThanOrEqual(255);
      expect(v.prompt?.title).not.toContain('/');
    }
  });
});

describe('the totals sheet of a scored table', () => {
  it('writes the counted points, the final score and the classification as formulas', async () => {
    const { host, gw, report } = await setup();
    expect(report.criteriaSheets[0].result.self).toMatchObject({ base: 18, bonus: 5, penalty: 3, final: 20 });
    const name = await gw.writeTotals(report);
    expect(name).toBe(TOTALS_SHEET_NAME);
    const at = (address: string) => host.cell(TOTALS_SHEET_NAME, address);
    // Rows: 5 final, 6 I, 7 II, 8 III, 9 base, 10 bonus, 11 penalty.
    expect(at('C9')?.value).toBe('Điểm cơ bản');
    expect(at('E10')?.formula).toBe('=MIN(5,E7)');
    expect(at('E8')?.formula).toBe(`=SUMIF('${SHEET}'!D9,">0")-SUMIF('${SHEET}'!D9,"<0")`);
    expect(at('E5')?.formula).toBe('=E9+E10-E11');
    expect(at('H5')?.formula).toBe('=IF(E5="","",IFERROR(LOOKUP(E5,{15,20},{"Khá","Tốt"}),""))');
    // Every existing sheet is as it was.
    expect(host.cell(SHEET, 'D9')?.value).toBe(-3);
  });

  // Appraised scores on every row; the bonus over its ceiling (6 > 5 self), deductions written as -2 and as 1.
  const SCORED: CellValue[][] = [
    ...ROWS.slice(0, 5),
    [1, 'Bằng khen', 3, 3, 3],
    [2, 'Mô hình hay', 3, 3, 1],
    ['III.', 'Điểm trừ (tối đa 5 điểm)'],
    [1, 'Chậm báo cáo', 5, -2, -3],
    [2, 'Sai số liệu', 5, 1, 2],
  ];

  /** The totals sheet's figures as the host shows them: recalculated from its formulas after every write. */
  function shown(host: Awaited<ReturnType<typeof setup>>['host']) {
    const value = (address: string) => host.cell(TOTALS_SHEET_NAME, address)?.value;
    // Rows: 5 final, 9 base, 10 bonus, 11 penalty; E self, F appraised, H and I their classifications.
    const side = (col: string) => ({
      base: value(`${col}9`),
      bonus: value(`${col}10`),
      penalty: value(`${col}11`),
      final: value(`${col}5`),
    });
    return { self: side('E'), appraised: side('F'), classification: { self: value('H5'), appraised: value('I5') } };
  }

  const figures = (r: Report['criteriaSheets'][number]['result']) => ({
    self: { base: r.self.base, bonus: r.self.bonus, penalty: r.self.penalty, final: r.self.final },
    appraised: { base: r.appraised!.base, bonus: r.appraised!.bonus, penalty: r.appraised!.penalty, final: r.appraised!.final },
    classification: r.classification,
  });

  it("evaluates to the engine's figures: ceilings, deductions in either sign, final and classification", async () => {
    const { host, gw, report } = await setup('vi', SCORED);
    const { result } = report.criteriaSheets[0];
    expect(result.self).toMatchObject({ bonus: 5, penalty: 3, final: 20 });
    expect(result.appraised).toMatchObject({ bonus: 4, penalty: 5, final: 16 });
    expect(result.classification).toEqual({ self: 'Tốt', appraised: 'Khá' });
    await gw.writeTotals(report);
    expect(shown(host)).toEqual(figures(result));

    // The scores edited, the sheet not written again: only its formulas, evaluated, can follow.
    await host.edit(SHEET, 'D7', 1); // self bonus 3 + 1 = 4
    await host.edit(SHEET, 'D10', -4); // self deductions 2 + 4 = 6, at most 5
    await host.edit(SHEET, 'E3', 10); // appraised base 18
    await host.edit(SHEET, 'E6', 5); // appraised bonus 5 + 1 = 6, at most 5
    await host.edit(SHEET, 'E9', 1); // appraised deductions 1 + 2 = 3
    const after = checkWorkbook(await gw.readSnapshots(), { file: 'a.xlsx', lang: 'vi' }).criteriaSheets[0].result;
    expect(after.self).toMatchObject({ bonus: 4, penalty: 5, final: 17 });
    expect(after.appraised).toMatchObject({ bonus: 5, penalty: 3, final: 20 });
    expect(after.classification).toEqual({ self: 'Khá', appraised: 'Tốt' });
    expect(shown(host)).toEqual(figures(after));
  });
});
