import { criteriaRole } from '../../src/engine/detect/criteria-header';
import { hasHtml, htmlToLines } from '../../src/engine/text/html';
import {
  canonical,
  cellText,
  declaredPoints,
  errorText,
  fold,
  parseNumberText,
  readNumber,
  romanValue,
} from '../../src/engine/text/normalize';

describe('canonical and folded text', () => {
  it('turns NFD into NFC and the Ð lookalike into Đ', () => {
    expect(canonical('Điểm chuẩn'.normalize('NFD'))).toBe('Điểm chuẩn');
    expect(canonical('\u00D0iểm')).toBe('Điểm');
    expect(canonical('a\u00A0b')).toBe('a b');
  });

  it.each([
    ['ĐIỂM CHUẨN', 'diem chuan'],
    ['Diem chuan', 'diem chuan'],
    ['\u00D0iểm  chuẩn', 'diem chuan'],
    ['Điểm tự chấm'.normalize('NFD'), 'diem tu cham'],
    ['KHỎI THI ĐUA', 'khoi thi dua'],
    ['Khởi thi đua', 'khoi thi dua'],
    ['CNLD', 'cnld'],
    ['CNLĐ', 'cnld'],
    ['TLD', 'tld'],
    ['TLĐ', 'tld'],
  ])('folds %j to %j', (text, key) => {
    expect(fold(text)).toBe(key);
  });
});

describe('numbers', () => {
  it.each([
    ['5', 5],
    [' 4,5 ', 4.5],
    ['4.5', 4.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.000.000', 1000000],
    ['-2', -2],
    ['5 điểm', 5],
    ['đạt', null],
    ['', null],
    ['1e308', null],
  ])('reads %j as %j', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it('tells numbers, numbers stored as text, text, blanks and errors apart', () => {
    expect(readNumber(5)).toEqual({ kind: 'number', value: 5 });
    expect(readNumber(-0)).toEqual({ kind: 'number', value: 0 });
    expect(readNumber('4,5')).toEqual({ kind: 'text-number', value: 4.5, text: '4,5' });
    expect(readNumber('đạt')).toEqual({ kind: 'text', text: 'đạt' });
    expect(readNumber('  ')).toEqual({ kind: 'blank' });
    expect(readNumber(null)).toEqual({ kind: 'blank' });
    expect(readNumber({ error: '#DIV/0!' })).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(readNumber('#N/A')).toEqual({ kind: 'error', text: '#N/A' });
    expect(readNumber(NaN)).toEqual({ kind: 'error', text: '#NUM!' });
    expect(errorText('#TÊN?')).toBeNull();
    expect(cellText(true)).toBe('TRUE');
  });

  it('reads Roman numerals up to the hundreds', () => {
    expect([romanValue('I'), romanValue('iv'), romanValue('XII'), romanValue('XL')]).toEqual([1, 4, 12, 40]);
    expect([romanValue(''), romanValue('IIII'), romanValue('Mục'), romanValue('VX')]).toEqual([null, null, null, null]);
  });
});

describe('declared points', () => {
  it.each([
    ['Tiêu chí thực hiện nhiệm vụ (298/300 điểm)', 300, 298, 'Tiêu chí thực hiện nhiệm vụ'],
    ['Công tác tổ chức (50 điểm)', 50, null, 'Công tác tổ chức'],
    ['Công tác tổ chức (50 diem)', 50, null, 'Công tác tổ chức'],
    ['CÔNG TÁC TỔ CHỨC (50 ĐIỂM)', 50, null, 'CÔNG TÁC TỔ CHỨC'],
    ['Công tác tổ chức (tối đa 40 điểm)', 40, null, 'Công tác tổ chức'],
    ['Công tác tổ chức (40 điểm tối đa)', 40, null, 'Công tác tổ chức'],
    ['Công tác nữ công (12,5 điểm):', 12.5, null, 'Công tác nữ công'],
  ])('%j declares %j', (title, cap, declared, rest) => {
    expect(declaredPoints(title)).toEqual({ cap, declared, title: rest });
  });

  it('finds none where there is none', () => {
    expect(declaredPoints('Công tác tổ chức')).toBeNull();
    expect(declaredPoints('Quyết định số 5581 (2022)')).toBeNull();
  });
});

describe('HTML fragments to plain lines', () => {
  it('makes a line of each paragraph, list item and break', () => {
    expect(htmlToLines('<p>- Tuyên truyền A.</p> <p>- Tuyên truyền B.</p>')).toBe('- Tuyên truyền A.\n- Tuyên truyền B.');
    expect(htmlToLines('<ul><li>Một</li><li>Hai<br/>Ba</li></ul>')).toBe('- Một\n- Hai\nBa');
  });

  it('decodes entities and drops scripts, styles, comments and other tags', () => {
    expect(htmlToLines('Ban CNAT&amp;MT &lt;Tập đoàn&gt; &#272;&#x1ea1;t')).toBe('Ban CNAT&MT <Tập đoàn> Đạt');
    expect(htmlToLines('<p>a<script>alert(1)</script><style>p{}</style><!-- x -->b</p>')).toBe('ab');
    expect(htmlToLines('<img src=x onerror=alert(1)>Xin chào')).toBe('Xin chào');
  });

  it('leaves plain text with < and > alone, tidied', () => {
    expect(hasHtml('điểm < 5 và > 2')).toBe(false);
    expect(htmlToLines('  điểm < 5   và > 2 \n\n tiếp ')).toBe('điểm < 5 và > 2\ntiếp');
  });
});

describe('header roles', () => {
  it.each([
    ['Điểm chuẩn', 'cap'],
    ['ĐIỂM TỐI ĐA', 'cap'],
    ['Điểm tự chấm', 'self'],
    ['Tự đánh giá', 'self'],
    ['Điểm thẩm định', 'appraised'],
    ['Điểm kiểm tra', 'appraised'],
    ['Đoàn kiểm tra', 'appraised'],
    ['STT', 'order'],
    ['Thứ tự', 'order'],
    ['Nội dung tiêu chí thi đua', 'title'],
    ['Nhóm lĩnh vực cơ bản', 'group'],
    ['Căn cứ chấm điểm', 'basis'],
    ['Ghi chú', null],
  ])('%j names the %s column', (text, role) => {
    expect(criteriaRole(text)).toBe(role);
  });
});
