import { issueMessage, SEVERITY } from '../../src/engine/messages';
import type { IssueCode } from '../../src/engine/types';

describe('issue messages', () => {
  it('puts the numbers into words in each language', () => {
    const f = { code: 'SCORE_OVER_CAP' as const, params: { kind: 'self', score: 7.5, cap: 5 } };
    expect(issueMessage(f, 'vi')).toBe('Điểm tự chấm 7,5 vượt điểm chuẩn 5');
    expect(issueMessage(f, 'en')).toBe('Self score 7.5 is above the cap of 5');
  });

  it('names which cell kind holds a number stored as text', () => {
    expect(issueMessage({ code: 'NUMBER_AS_TEXT', params: { kind: 'cap', value: '5' } }, 'vi')).toMatch(/^Điểm chuẩn "5"/);
    expect(issueMessage({ code: 'NUMBER_AS_TEXT', params: { kind: 'appraised', value: '5' } }, 'en')).toMatch(
      /^Appraised score "5"/,
    );
  });

  it("speaks of a criterion's lettered parts, not of a total row, when its own cells disagree with them", () => {
    const params = { kind: 'cap', value: 12, computed: 10 };
    expect(issueMessage({ code: 'TOTAL_ROW_MISMATCH', params }, 'vi')).toBe(
      'Dòng cộng ghi 12 nhưng tổng điểm chuẩn tính được là 10',
    );
    expect(issueMessage({ code: 'TOTAL_ROW_MISMATCH', params: { ...params, of: 'parts' } }, 'vi')).toBe(
      'Tiêu chí ghi 12 nhưng điểm chuẩn các ý a), b)… cộng lại là 10',
    );
    expect(issueMessage({ code: 'TOTAL_ROW_MISMATCH', params: { ...params, of: 'parts' } }, 'en')).toBe(
      'The criterion shows 12 but the caps of its parts a), b)… add up to 10',
    );
  });

  it('has a severity and a message in both languages for every code', () => {
    for (const code of Object.keys(SEVERITY) as IssueCode[]) {
      const params = {
        kind: 'self',
        value: 'x',
        score: 1,
        cap: 1,
        declared: 1,
        sum: 2,
        computed: 2,
        self: 1,
        appraised: 2,
        months: '3',
        month: 3,
        first: 'A1',
        rows: 2,
        limit: 1,
        length: 2,
      };
      for (const lang of ['vi', 'en'] as const) {
        const text = issueMessage({ code, params }, lang);
        expect(text).not.toMatch(/undefined|NaN|\$\{/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('quoted cell text', () => {
  it('is cut short in the message, on one line', () => {
    const text = issueMessage({ code: 'SCORE_NOT_NUMBER', params: { kind: 'self', value: `đạt\n${'x'.repeat(40_000)}` } }, 'vi');
    expect(text.length).toBeLessThan(120);
    expect(text).toMatch(/^Điểm tự chấm "đạt x+…" không phải là số$/);
  });
});
