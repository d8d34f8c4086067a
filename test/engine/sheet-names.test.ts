import { uniqueSheetName, validSheetName } from '../../src/engine/sheet-names';

describe('uniqueSheetName', () => {
  it('keeps a free valid name as it is', () => {
    expect(uniqueSheetName('Tổng hợp điểm', ['Tiêu chí'])).toBe('Tổng hợp điểm');
  });

  it('appends (2), (3) on a clash, ignoring case', () => {
    expect(uniqueSheetName('Tổng hợp điểm', ['tổng hợp điểm'])).toBe('Tổng hợp điểm (2)');
    expect(uniqueSheetName('KH', ['KH', 'kh (2)'])).toBe('KH (3)');
  });

  it('replaces characters Excel forbids and drops edge apostrophes', () => {
    const name = validSheetName("'Kế hoạch: 1/2024 [a]*?\\'");
    expect(name).not.toMatch(/[:\\/?*[\]]/);
    expect(name.startsWith("'")).toBe(false);
    expect(name.endsWith("'")).toBe(false);
    expect(name).toContain('Kế hoạch');
  });

  it('never exceeds 31 characters, also with a suffix', () => {
    const long = 'Kế hoạch công tác tháng 12 năm 2024 của công đoàn';
    const first = uniqueSheetName(long, []);
    expect(first.length).toBeLessThanOrEqual(31);
    const second = uniqueSheetName(long, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(second.toLowerCase()).not.toBe(first.toLowerCase());
  });

  it('gives a usable name for an empty or all-forbidden base', () => {
    expect(uniqueSheetName('', [])).toBe('Sheet');
    expect(uniqueSheetName('[]', ['Sheet'])).toBe('Sheet (2)');
  });

  it('keeps generating distinct names', () => {
    const names: string[] = [];
    for (let i = 0; i < 12; i++) names.push(uniqueSheetName('Tổng hợp', names));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(12);
    expect(names[11]).toBe('Tổng hợp (12)');
  });
});

describe('validSheetName', () => {
  it('turns control characters into spaces', () => {
    expect(validSheetName('A\nB\tC')).toBe('A B C');
  });

  it('avoids the name Excel reserves', () => {
    expect(uniqueSheetName('history', [])).toBe('history (2)');
  });
});

describe('names in other Unicode forms', () => {
  it('treats a name typed in NFD as the same name', () => {
    expect(uniqueSheetName('Tổng hợp điểm', ['Tổng hợp điểm'.normalize('NFD')])).toBe('Tổng hợp điểm (2)');
    expect(uniqueSheetName('Tổng hợp điểm'.normalize('NFD'), [])).toBe('Tổng hợp điểm'.normalize('NFC'));
  });

  it('never cuts a character in half at 31 units', () => {
    const name = uniqueSheetName('x'.repeat(30) + '😀', []);
    expect(name).toBe('x'.repeat(30));
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
