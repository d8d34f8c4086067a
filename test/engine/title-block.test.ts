import path from 'node:path';
import { readWorkbookFile } from '../../src/cli/read-workbook';
import { readTitleBlock, unitAbbreviation } from '../../src/engine/title-block';
import type { CellValue, SheetSnapshot } from '../../src/engine/types';

const sheet = (values: CellValue[][], merges: string[] = [], name = 'S'): SheetSnapshot => ({
  name,
  origin: 'A1',
  values,
  merges,
});
const HEADER: CellValue[] = ['TT', 'Nhiệm vụ', 'Ghi chú'];

describe('the title block', () => {
  it('reads the superior body over the issuing unit, left of the national motto', () => {
    const block = readTitleBlock([
      sheet(
        [
          ['TỔNG LĐLĐ VIỆT NAM', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          ['Công đoàn Dầu khí Việt Nam', null, null, 'Độc lập - Tự do - Hạnh phúc'],
          [],
          HEADER,
        ],
        ['A1:C1', 'A2:C2'],
      ),
    ]);
    expect(block).toEqual({ superior: 'TỔNG LĐLĐ VIỆT NAM', unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM' });
  });

  it('takes the superior from a title saying "trực thuộc …", past a bloc name that is no body', () => {
    const block = readTitleBlock([
      sheet([
        ['KHỐI THI ĐUA 09 CĐ TẬP ĐOÀN, TCT'],
        ['CÔNG ĐOÀN DẦU KHÍ VIỆT NAM'],
        [],
        ['BẢNG TIÊU CHÍ THI ĐUA KHỐI CÔNG ĐOÀN TẬP ĐOÀN, TỔNG CÔNG TY'],
        ['TRỰC THUỘC TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM NĂM 2023'],
      ]),
    ]);
    expect(block).toEqual({ superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM' });
  });

  it('looks only above the first table, and gives "" for what no sheet names', () => {
    const below = sheet([HEADER, ['1', 'Công đoàn Dầu khí Việt Nam tổ chức', ''], ['', 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM', '']]);
    expect(readTitleBlock([below])).toEqual({ superior: '', unit: '' });
    expect(readTitleBlock([])).toEqual({ superior: '', unit: '' });
    expect(readTitleBlock([sheet([['Tổng Liên đoàn Lao động Việt Nam'], [], HEADER])])).toEqual({
      superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      unit: '',
    });
  });

  it('takes the first sheet that names a unit, in sheet order', () => {
    const block = readTitleBlock([
      sheet([HEADER], [], 'KH'),
      sheet([['CĐ Tổng công ty Khí Việt Nam'], [], HEADER], [], 'A'),
      sheet([['Tổng LĐLĐ Việt Nam'], ['Công đoàn Điện lực Việt Nam'], HEADER], [], 'B'),
    ]);
    expect(block).toEqual({ superior: 'TỔNG LĐLĐ VIỆT NAM', unit: 'CĐ TỔNG CÔNG TY KHÍ VIỆT NAM' });
  });

  it('reads NFD text and never throws on values that are no text', () => {
    const odd: CellValue[][] = [
      [{ error: '#N/A' }, 42, true, null, 'x'.repeat(40_000)],
      ['Tổng LĐLĐ Việt Nam'.normalize('NFD'), Number.NaN, -0],
      ['CÔNG ĐOÀN DẦU KHÍ VIỆT NAM'.normalize('NFD')],
    ];
    expect(readTitleBlock([sheet(odd, ['A1:Z1', 'bad', 'H9:G7', 'XFD1048576:XFD1048576'])])).toEqual({
      superior: 'TỔNG LĐLĐ VIỆT NAM',
      unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM',
    });
  });

  it("reads the seed's unit and superior", async () => {
    const { snapshots } = await readWorkbookFile(path.resolve(__dirname, '../fixtures/seed-2024.xlsx'), 'vi');
    expect(readTitleBlock(snapshots)).toEqual({
      superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM',
    });
  });
});

describe('the unit abbreviation', () => {
  it.each([
    ['CÔNG ĐOÀN DẦU KHÍ VIỆT NAM', 'CĐDK'],
    ['Công đoàn Điện lực Việt Nam', 'CĐĐL'],
    ['Liên đoàn Lao động tỉnh Bắc Ninh', 'LĐLĐTBN'],
    ['CÔNG ĐOÀN VIỆT NAM', 'CĐVN'],
    ['CĐ Cơ sở Trường Đại học Mỏ', 'CĐCSTĐHM'],
    ['LĐLĐ tỉnh Bà Rịa - Vũng Tàu', 'LĐLĐTBRVT'],
    ['', ''],
  ])('%s -> %s', (unit, abbreviation) => {
    expect(unitAbbreviation(unit)).toBe(abbreviation);
  });
});
