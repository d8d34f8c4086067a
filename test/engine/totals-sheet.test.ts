import { checkWorkbook } from '../../src/engine/report';
import { cellRuns, classificationFormula, sumFormula } from '../../src/engine/score-formulas';
import { buildTotalsSheet, TOTALS_SHEET_NAME } from '../../src/engine/totals-sheet';
import type { CriteriaSheet, Criterion, Group, Report } from '../../src/engine/types';
import { withResult } from '../support/results';

function criterion(row: number, cap: number, self: number, appraisedCell = ''): Criterion {
  return {
    row,
    order: '1',
    title: 't',
    cap,
    self,
    appraised: null,
    capCell: `E${row}`,
    selfCell: `F${row}`,
    appraisedCell,
    basis: '',
    basisCell: '',
  };
}

function group(title: string, criteria: Criterion[]): Group {
  const capTotal = criteria.reduce((n, c) => n + (c.cap ?? 0), 0);
  const selfTotal = criteria.reduce((n, c) => n + (c.self ?? 0), 0);
  return { kind: 'base', title, cell: `A${criteria[0].row}`, cap: capTotal, capTotal, selfTotal, appraisedTotal: null, criteria };
}

function sheet(name: string, groups: Group[], label = 'I'): CriteriaSheet {
  return withResult({
    sheet: name,
    headerRow: 7,
    sections: [
      {
        kind: 'base',
        label,
        title: `Mục ${label}`,
        cell: 'C8',
        cap: null,
        declaredSelf: null,
        capTotal: groups.reduce((n, g) => n + g.capTotal, 0),
        selfTotal: groups.reduce((n, g) => n + g.selfTotal, 0),
        appraisedTotal: null,
        groups,
      },
    ],
  });
}

function report(sheets: CriteriaSheet[]): Report {
  return {
    file: 'a.xlsx',
    criteriaSheets: sheets,
    planSheets: [],
    issues: [],
    summary: { errors: 0, warnings: 0, infos: 0 },
    rules: null,
  };
}

const at = (spec: ReturnType<typeof buildTotalsSheet>, address: string) => spec.cells.find((c) => c.address === address);

describe('cellRuns and sumFormula', () => {
  it('groups cells of a column into vertical runs', () => {
    expect(cellRuns(['E9', 'E10', 'E11', 'E13', 'F9'])).toEqual(['E9:E11', 'E13', 'F9']);
  });

  it('splits past 255 arguments and gives up past Excel formula length', () => {
    const args = Array.from({ length: 300 }, (_, i) => `A${i * 2 + 1}`);
    expect(sumFormula(args)).toMatch(/^=SUM\(A1,.*\)\+SUM\(A511,.*\)$/);
    expect(sumFormula([])).toBeNull();
    expect(sumFormula(Array.from({ length: 2000 }, (_, i) => `'Một tên bảng dài'!A${i * 2 + 1}`))).toBeNull();
  });
});

describe('buildTotalsSheet', () => {
  const one = sheet('Tiêu chí 2023', [
    group(
      'Tổ chức',
      [9, 10, 11].map((r) => criterion(r, 5, 4, `G${r}`)),
    ),
    group(
      'Thi đua',
      [13, 14].map((r) => criterion(r, 10, 10, `G${r}`)),
    ),
  ]);

  it('sums each group over its score cells with live formulas', () => {
    const spec = buildTotalsSheet(report([one]));
    expect(spec.name).toBe(TOTALS_SHEET_NAME);
    // Row 5: the sheet, 6: section I, 7 and 8: the groups.
    expect(at(spec, 'C7')?.value).toBe('   Tổ chức');
    expect(at(spec, 'D7')).toMatchObject({ value: 15, formula: "=SUM('Tiêu chí 2023'!E9:E11)" });
    expect(at(spec, 'E8')).toMatchObject({ value: 20, formula: "=SUM('Tiêu chí 2023'!F13:F14)" });
    // Blank, not 0, until an appraised score is entered.
    expect(at(spec, 'F7')?.formula).toBe(`=IF(COUNT('Tiêu chí 2023'!G9:G11)=0,"",SUM('Tiêu chí 2023'!G9:G11))`);
  });

  it('adds sections from their groups, base points from the base groups, and the final score from the points', () => {
    const spec = buildTotalsSheet(report([one]));
    expect(at(spec, 'D6')).toMatchObject({ value: 35, formula: '=SUM(D7:D8)' });
    // Rows 9, 10, 11: base, bonus and penalty points counted.
    expect(at(spec, 'E9')).toMatchObject({ value: 32, formula: '=SUM(E7:E8)' });
    expect(at(spec, 'E10')).toMatchObject({ value: 0, formula: '=0' });
    expect(at(spec, 'E5')).toMatchObject({ value: 32, formula: '=E9+E10-E11' });
    expect(at(spec, 'D5')).toMatchObject({ value: 35, formula: '=D9' });
    expect(at(spec, 'G5')?.formula).toBe('=IF(D5=0,"",E5/D5)');
    expect(at(spec, 'A5')?.value).toBe('Tiêu chí 2023');
  });

  it('leaves the appraised column empty where the table has none, and ranks several sheets', () => {
    const two = sheet('Đơn vị B', [
      group(
        'Tổ chức',
        [9, 10].map((r) => criterion(r, 5, 5)),
      ),
    ]);
    const spec = buildTotalsSheet(report([one, two]));
    const bRow = spec.cells.find((c) => c.value === 'Đơn vị B')!.address.slice(1);
    expect(at(spec, `F${bRow}`)).toMatchObject({ value: null });
    expect(at(spec, `F${bRow}`)?.formula).toBeUndefined();
    expect(at(spec, `H${bRow}`)).toMatchObject({ value: 2, formula: `=RANK(E${bRow},($E$5,$E$${bRow}))` });
    expect(at(spec, 'H5')?.value).toBe(1);
    expect(at(spec, 'H4')?.value).toBe('Xếp hạng (tự chấm)');
  });

  it('describes a printable, styled sheet whose formulas are the only formulas', () => {
    const spec = buildTotalsSheet(report([one]));
    expect(spec.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true, titleRows: '4:4' });
    expect(spec.freezeRows).toBe(4);
    for (const c of spec.cells) {
      expect(spec.styles[c.style!]).toBeDefined();
      if (typeof c.value === 'string') expect(c.value.startsWith('=')).toBe(false);
    }
  });
});

describe('buildTotalsSheet with bonus and penalty points and rules', () => {
  const scored = checkWorkbook(
    [
      {
        name: 'Bảng điểm',
        origin: 'A1',
        values: [
          ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'],
          ['I.', 'Tiêu chí cơ bản (20 điểm)'],
          [1, 'Công tác tổ chức (20 điểm)'],
          ['1.1', 'A', 10, 10, 9],
          ['1.2', 'B', 10, 8, 8],
          [2, 'Điểm thưởng (tối đa 2 điểm)'],
          ['2.1', 'C', 3, 3, 1],
          ['II.', 'Điểm thưởng (tối đa 5 điểm)'],
          [1, 'D', 3, 3],
          [2, 'E', 3, 3],
          ['III.', 'Điểm trừ (tối đa 4 điểm)'],
          [1, 'F', 5, -3],
          [2, 'G', null, 2],
        ],
      },
      {
        name: 'Quy định',
        origin: 'A1',
        values: [
          ['Xếp loại', 'Từ (%)'],
          ['Tốt', 80],
          ['Khá', 50],
        ],
      },
    ],
    { file: 'a.xlsx', lang: 'vi' },
  );
  const spec = buildTotalsSheet(scored);

  it('counts deductions in either sign and bonus points within their ceilings, as MIN', () => {
    // Rows: 5 final, 6 I, 7 group 1, 8 group 2 (bonus), 9 II, 10 III, 11 base, 12 bonus, 13 penalty.
    expect(at(spec, 'C11')?.value).toBe('Điểm cơ bản');
    expect(at(spec, 'E10')).toMatchObject({
      formula: `=SUMIF('Bảng điểm'!D12:D13,">0")-SUMIF('Bảng điểm'!D12:D13,"<0")`,
      value: 5,
    });
    expect(at(spec, 'E11')).toMatchObject({ formula: '=SUM(E7)', value: 18 });
    expect(at(spec, 'E12')).toMatchObject({ formula: '=MIN(2,E8)+MIN(5,E9)', value: 7 });
    expect(at(spec, 'F12')).toMatchObject({ formula: '=MIN(2,N(F8))+MIN(5,N(F9))', value: 1 });
    expect(at(spec, 'E13')).toMatchObject({ formula: '=MIN(4,E10)', value: 4 });
    expect(at(spec, 'E5')).toMatchObject({ formula: '=E11+E12-E13', value: 21 });
  });

  it('classifies live by a LOOKUP over the bands, on the percent when the bands are percentages', () => {
    expect(at(spec, 'H4')?.value).toBe('Xếp loại tự chấm');
    expect(at(spec, 'H5')).toMatchObject({
      value: 'Tốt',
      formula:
        '=IF(IF(E5="","",ROUND(E5/D5*100,2))="","",IFERROR(LOOKUP(IF(E5="","",ROUND(E5/D5*100,2)),{50,80},{"Khá","Tốt"}),""))',
    });
    expect(classificationFormula('E5', { bands: [{ label: 'Đạt "A"', min: 1 }] })).toBe(
      '=IF(E5="","",IFERROR(LOOKUP(E5,{1},{"Đạt ""A"""}),""))',
    );
  });
});
