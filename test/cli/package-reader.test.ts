// The command line's package reader against ExcelJS's full loader on every committed
// fixture: the same snapshots, so every report stays what it was.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookFile } from '../../src/cli/read-workbook';
import { exceljsSnapshots } from '../support/exceljs-reader';
import { asExcelJsReadsZeroResults, canonical } from '../support/snapshot-compare';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const files = readdirSync(FIXTURES).filter((n) => n.endsWith('.xlsx'));

describe('the package reader', () => {
  it.each(files)('reads %s as ExcelJS does', async (name) => {
    const file = path.join(FIXTURES, name);
    const ours = (await readWorkbookFile(file)).snapshots.map((s) => asExcelJsReadsZeroResults(canonical(s)));
    const theirs = (await exceljsSnapshots(file)).map(canonical);
    expect(ours.map((s) => s.name)).toEqual(theirs.map((s) => s.name));
    ours.forEach((s, i) => expect(s).toEqual(theirs[i]));
  });
});
