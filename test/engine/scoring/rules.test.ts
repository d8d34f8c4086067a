// Classification rules: read from data (a rules file, the pane's settings) or from a
// Xếp loại | Từ table anywhere in the workbook; the band of a score; which rules win.
import { checkWorkbook } from '../../../src/engine/report';
import { bandOf, parseRules } from '../../../src/engine/scoring/rules';
import type { CellValue, ClassificationRules } from '../../../src/engine/types';
import { PLAIN_HEADER, snapshot } from '../criteria/grids';

const POINTS: ClassificationRules = {
  basis: 'points',
  bands: [
    { label: 'Xuất sắc', min: 95 },
    { label: 'Tốt', min: 85 },
    { label: 'Khá', min: 70 },
  ],
};

describe('bandOf', () => {
  it('gives the band with the greatest min not above the score; below every band, null', () => {
    expect(bandOf(95, POINTS)).toBe('Xuất sắc');
    expect(bandOf(94.99, POINTS)).toBe('Tốt');
    expect(bandOf(120, POINTS)).toBe('Xuất sắc');
    expect(bandOf(70, POINTS)).toBe('Khá');
    expect(bandOf(69, POINTS)).toBeNull();
    expect(bandOf(null, POINTS)).toBeNull();
  });
});

describe('parseRules', () => {
  it('reads points and percent bands, highest first, points when basis is left out', () => {
    expect(
      parseRules({
        bands: [
          { label: 'Khá', min: 70 },
          { label: 'Tốt', min: 85 },
        ],
      }),
    ).toEqual({
      rules: {
        basis: 'points',
        bands: [
          { label: 'Tốt', min: 85 },
          { label: 'Khá', min: 70 },
        ],
      },
    });
    expect(parseRules({ basis: 'percent', bands: [{ label: 'A', min: 90 }] }).rules?.basis).toBe('percent');
  });

  it.each([
    [[], 'notObject'],
    [{ basis: 'điểm', bands: [{ label: 'A', min: 1 }] }, 'basis'],
    [{ basis: 'points' }, 'noBands'],
    [{ bands: [] }, 'noBands'],
    [{ bands: [{ label: ' ', min: 1 }] }, 'label'],
    [{ bands: [{ label: 'A', min: '1' }] }, 'minNotNumber'],
    [{ bands: [{ label: 'A', min: null }] }, 'minNotNumber'],
    [
      {
        bands: [
          { label: 'A', min: 1 },
          { label: 'B', min: 1 },
        ],
      },
      'sameMin',
    ],
  ])('refuses %j (%s)', (data, reason) => {
    expect(parseRules(data).problem?.reason).toBe(reason);
  });
});

/** A 10-point criteria table scoring `self` (appraised `appraised`), and a rules sheet. */
function workbook(self: number, rulesRows: CellValue[][] | null, appraised: number | null = null) {
  const criteria = snapshot([PLAIN_HEADER, [1, 'A', 10, self, appraised]], { name: 'Bảng điểm' });
  return rulesRows ? [criteria, snapshot(rulesRows, { name: 'Quy định' })] : [criteria];
}
const check = (sheets: ReturnType<typeof workbook>, rules?: Parameters<typeof checkWorkbook>[1]['rules']) =>
  checkWorkbook(sheets, { file: 'x.xlsx', lang: 'vi', rules });

describe('a rules table in the workbook', () => {
  it('is read with or without Đến, anywhere on a sheet', () => {
    const withTo = check(
      workbook(8, [['Ghi chú'], [], [null, 'Xếp loại', 'Từ (điểm)', 'Đến'], [null, 'Tốt', 8, 10], [null, 'Khá', 5, 7.9]]),
    );
    expect(withTo.rules).toEqual({
      source: 'workbook',
      where: 'Quy định!B3',
      basis: 'points',
      bands: [
        { label: 'Tốt', min: 8 },
        { label: 'Khá', min: 5 },
      ],
    });
    expect(withTo.criteriaSheets[0].result.classification).toEqual({ self: 'Tốt', appraised: null });
    const noTo = check(workbook(6, [['Mức xếp loại', 'Điểm tối thiểu'], ['Tốt', 8], ['Khá', 5], [], ['Ghi chú: …']]));
    expect(noTo.criteriaSheets[0].result.classification?.self).toBe('Khá');
    expect(noTo.issues.map((i) => i.code)).not.toContain('RULES_INVALID');
  });

  it.each([['Từ (%)'], ['Tỷ lệ từ'], ['TU (TY LE %)']])('reads percent bands under "%s"', (min) => {
    const r = check(
      workbook(9, [
        ['Xếp loại', min],
        ['Xuất sắc', 90],
        ['Tốt', 80],
      ]),
      undefined,
    );
    expect(r.criteriaSheets[0].result.classification?.self).toBe('Xuất sắc');
    const r2 = check(
      workbook(8.5, [
        ['Xếp loại', min],
        ['Xuất sắc', 90],
        ['Tốt', 80],
      ]),
    );
    expect(r2.criteriaSheets[0].result).toMatchObject({ self: { percent: 85 }, classification: { self: 'Tốt' } });
  });

  it('ends a criteria table above it on the same sheet', () => {
    const sheet = snapshot([PLAIN_HEADER, [1, 'A', 10, 9], [], ['Xếp loại', 'Từ', 'Đến'], ['Tốt', 8, 10]]);
    const r = checkWorkbook([sheet], { file: 'x.xlsx', lang: 'vi' });
    expect(r.criteriaSheets[0].sections[0].groups[0].criteria).toHaveLength(1);
    expect(r.criteriaSheets[0].result.classification?.self).toBe('Tốt');
  });

  it.each([
    ['no bands', [['Xếp loại', 'Từ'], []], 'Quy định!A1', 'không có mức xếp loại nào'],
    [
      'a min that is no number',
      [
        ['Xếp loại', 'Từ'],
        ['Tốt', 'tám'],
      ],
      'Quy định!B2',
      'mức "Tốt" không có điểm thấp nhất bằng số',
    ],
    [
      'two bands with one min',
      [
        ['Xếp loại', 'Từ'],
        ['Tốt', 8],
        ['Khá', 8],
      ],
      'Quy định!B3',
      'mức "Khá" trùng',
    ],
  ])('that cannot be read (%s) gives RULES_INVALID and no classification', (_, rows, where, words) => {
    const r = check(workbook(8, rows as CellValue[][]), { rules: POINTS, source: 'settings', where: 'cài đặt' });
    const issue = r.issues.find((i) => i.code === 'RULES_INVALID');
    expect(`${issue?.sheet}!${issue?.cell}`).toBe(where);
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain(words);
    expect(r.rules).toBeNull();
    expect(r.criteriaSheets[0].result.classification).toBeNull();
  });
});

describe('which rules are in force', () => {
  const table = [
    ['Xếp loại', 'Từ'],
    ['Từ bảng', 0],
  ];
  const file = {
    rules: { basis: 'points' as const, bands: [{ label: 'Từ tệp', min: 0 }] },
    source: 'file' as const,
    where: 'r.json',
  };
  const settings = {
    rules: { basis: 'points' as const, bands: [{ label: 'Từ cài đặt', min: 0 }] },
    source: 'settings' as const,
    where: '',
  };

  it('the file over the workbook table, the table over the settings', () => {
    expect(check(workbook(5, table), file).criteriaSheets[0].result.classification?.self).toBe('Từ tệp');
    expect(check(workbook(5, table), settings).criteriaSheets[0].result.classification?.self).toBe('Từ bảng');
    expect(check(workbook(5, null), settings).criteriaSheets[0].result.classification?.self).toBe('Từ cài đặt');
    expect(check(workbook(5, null), settings).rules).toEqual({ source: 'settings', where: '', ...settings.rules });
  });

  it('none: no classification and rules null', () => {
    const r = check(workbook(5, null));
    expect(r.rules).toBeNull();
    expect(r.criteriaSheets[0].result.classification).toBeNull();
  });

  it('classify each side that has a result', () => {
    const r = check(workbook(9, null, 7), { ...settings, rules: POINTS });
    expect(r.criteriaSheets[0].result.classification).toEqual({ self: null, appraised: null });
    const tenths = {
      ...settings,
      rules: {
        basis: 'points' as const,
        bands: [
          { label: 'Tốt', min: 8 },
          { label: 'Khá', min: 6 },
        ],
      },
    };
    expect(check(workbook(9, null, 7), tenths).criteriaSheets[0].result.classification).toEqual({
      self: 'Tốt',
      appraised: 'Khá',
    });
  });
});
