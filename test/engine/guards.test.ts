import { GUARD_TEXT_LIMITS, highlightFormula, planGuards, scoreCells } from '../../src/engine/guards';
import type { CriteriaSheet, Criterion, Lang, ScoreKind } from '../../src/engine/types';
import { withResult } from '../support/results';

function criterion(row: number, cap: number | null, appraised = true): Criterion {
  return {
    row,
    order: String(row),
    title: `TC ${row}`,
    cap,
    self: null,
    appraised: null,
    capCell: `E${row}`,
    selfCell: `F${row}`,
    appraisedCell: appraised ? `G${row}` : '',
    basis: '',
    basisCell: '',
  };
}

function sheet(name: string, rows: Criterion[][], kinds: ScoreKind[] = []): CriteriaSheet {
  return withResult({
    sheet: name,
    headerRow: 7,
    sections: [
      {
        kind: 'base',
        label: 'I',
        title: 'Mục I',
        cell: 'C8',
        cap: null,
        declaredSelf: null,
        capTotal: 0,
        selfTotal: 0,
        appraisedTotal: null,
        groups: rows.map((criteria, i) => ({
          kind: kinds[i] ?? 'base',
          title: `Nhóm ${i}`,
          cell: `A${criteria[0].row}`,
          cap: null,
          capTotal: 0,
          selfTotal: 0,
          appraisedTotal: null,
          criteria,
        })),
      },
    ],
  });
}

describe('scoreCells', () => {
  it('lists the self and appraised cells of criteria with a cap', () => {
    const cells = scoreCells([sheet('S', [[criterion(9, 5), criterion(10, null), criterion(11, 2, false)]])]);
    expect(cells.map((c) => `${c.col}:${c.row}`)).toEqual(['6:9', '7:9', '6:11']);
    expect(cells[0]).toMatchObject({ sheet: 'S', capRow: 9, capCol: 5, cap: 5 });
  });
});

describe('planGuards', () => {
  it('gives one validation per run of contiguous criteria rows, with a row-relative cap reference', () => {
    const plan = planGuards(
      scoreCells([sheet('S', [[9, 10, 11].map((r) => criterion(r, 5)), [13, 14].map((r) => criterion(r, r - 10))])]),
      'vi',
    );
    expect(plan.validations.map((v) => [v.address, v.formula2, v.cells])).toEqual([
      ['F9:G11', '=$E9', 6],
      ['F13:G14', '=$E13', 4],
    ]);
    expect(plan.validations[0].promptMessage).toContain('đến 5');
    expect(plan.validations[1].promptMessage).toContain('cột E cùng hàng');
    expect(plan.validations[0].formula1).toBe(0);
  });

  it('names the cap cell with an absolute reference for a single row', () => {
    const [v] = planGuards(scoreCells([sheet('S', [[criterion(9, 4.5)]])]), 'vi').validations;
    expect(v.formula2).toBe('=$E$9');
    expect(v.errorMessage).toBe('Điểm phải là số từ 0 đến điểm chuẩn (ô E9).');
    expect(v.promptMessage).toContain('4,5');
    expect(v.errorTitle.length).toBeLessThanOrEqual(32);
    expect(v.errorMessage.length).toBeLessThanOrEqual(225);
    expect(v.promptMessage.length).toBeLessThanOrEqual(255);
  });

  it('gives one conditional format per sheet and score column, spanning its criteria rows', () => {
    const plan = planGuards(
      scoreCells([
        sheet('S', [[9, 10].map((r) => criterion(r, 5)), [20].map((r) => criterion(r, 5))]),
        sheet('T', [[criterion(5, 1, false)]]),
      ]),
      'vi',
    );
    expect(plan.highlights.map((h) => [h.sheet, h.address])).toEqual([
      ['S', 'F9:F20'],
      ['S', 'G9:G20'],
      ['T', 'F5'],
    ]);
    expect(plan.highlights[0].formula).toBe('=AND(ISNUMBER($E9),OR(AND(ISNUMBER(F9),OR(F9>$E9,F9<0)),ISTEXT(F9)))');
  });

  it('keeps 10,000 criteria rows in a handful of ranges', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => criterion(9 + i, (i % 3) + 1));
    const plan = planGuards(scoreCells([sheet('S', [rows])]), 'vi');
    expect(plan.validations).toHaveLength(1);
    expect(plan.validations[0]).toMatchObject({ address: 'F9:G10008', cells: 20_000 });
    expect(plan.highlights).toHaveLength(2);
  });
});

describe('highlightFormula', () => {
  it('anchors the cap column and keeps rows relative', () => {
    expect(highlightFormula('G12', 'D12')).toBe('=AND(ISNUMBER($D12),OR(AND(ISNUMBER(G12),OR(G12>$D12,G12<0)),ISTEXT(G12)))');
  });
});

describe('guards of bonus and penalty points', () => {
  const plan = (lang: Lang) =>
    planGuards(
      scoreCells([
        sheet('S', [[criterion(9, 5)], [criterion(10, 3), criterion(11, 3)], [criterion(12, 2)]], ['base', 'bonus', 'penalty']),
      ]),
      lang,
    );

  it('keep bonus cells in 0..cap and penalty cells in -cap..cap, each kind in its own rule', () => {
    expect(plan('vi').validations.map((v) => [v.address, v.formula1, v.formula2])).toEqual([
      ['F9:G9', 0, '=$E$9'],
      ['F10:G11', 0, '=$E10'],
      ['F12:G12', '=-$E$12', '=$E$12'],
    ]);
  });

  it('say in the stop alert which kind the cell holds', () => {
    const [base, bonus, penalty] = plan('vi').validations;
    expect(base.errorTitle).toBe('Điểm không hợp lệ');
    expect(bonus.errorTitle).toBe('Điểm thưởng không hợp lệ');
    expect(bonus.promptMessage).toBe('Nhập điểm thưởng từ 0 đến 3 (cột E cùng hàng).');
    expect(penalty.errorTitle).toBe('Điểm trừ không hợp lệ');
    expect(penalty.errorMessage).toContain('ghi 2 hay -2 đều là trừ 2 điểm');
  });

  it('mark each run of one kind on its own: a base highlight never covers deductions', () => {
    const cells = scoreCells([
      sheet('S', [[criterion(9, 5, false)], [criterion(10, 2, false)], [criterion(11, 5, false)]], ['base', 'penalty', 'base']),
    ]);
    expect(planGuards(cells, 'vi').highlights.map((h) => h.address)).toEqual(['F9', 'F10', 'F11']);
  });

  it('mark a deduction beyond its cap in either sign', () => {
    expect(plan('vi').highlights.find((h) => h.address === 'F12')?.formula).toBe(
      '=AND(ISNUMBER($E12),OR(AND(ISNUMBER(F12),ABS(F12)>$E12),ISTEXT(F12)))',
    );
  });

  it.each<Lang>(['vi', 'en'])("speak one language only (%s), within Excel's limits", (lang) => {
    for (const v of plan(lang).validations) {
      const texts = [v.errorTitle, v.errorMessage, v.promptTitle, v.promptMessage].join(' ');
      if (lang === 'vi') expect(texts).not.toMatch(/\b(score|cap|points|deduct)\b/i);
      else expect(texts).not.toMatch(/điểm|chuẩn|ô /i);
      for (const title of [v.errorTitle, v.promptTitle]) expect(title.length).toBeLessThanOrEqual(GUARD_TEXT_LIMITS.promptTitle);
      expect(v.promptMessage.length).toBeLessThanOrEqual(GUARD_TEXT_LIMITS.promptMessage);
      expect(v.errorMessage.length).toBeLessThanOrEqual(GUARD_TEXT_LIMITS.errorMessage);
    }
  });
});
