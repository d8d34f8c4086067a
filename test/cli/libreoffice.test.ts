// Where LibreOffice's soffice is on the PATH: .xls and .ods are checked through a
// conversion to .xlsx, and what `plan` writes opens in LibreOffice with the new sheet.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { openPackage } from '../../src/cli/read-workbook';
import type { Report } from '../../src/engine/types';
import { SEED_XLSX, tempDir } from '../support/xlsx';

const WRITERS = path.resolve(__dirname, '../fixtures/writers');
const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();
const describeWithSoffice = hasSoffice ? describe : describe.skip;
jest.setTimeout(120_000);

async function check(file: string): Promise<{ code: number; report: Report }> {
  const out: string[] = [];
  const code = await main(['check', file, '--json'], { out: (l) => out.push(l), err: () => undefined });
  return { code, report: JSON.parse(out.join('\n')) };
}

describeWithSoffice('with soffice on the PATH', () => {
  it.each(['libreoffice.xls', 'libreoffice.ods'])('%s is converted and checked like its .xlsx', async (name) => {
    const [converted, saved] = [await check(path.join(WRITERS, name)), await check(path.join(WRITERS, 'libreoffice.xlsx'))];
    expect(converted.code).toBe(saved.code);
    expect(converted.report.file).toBe(name);
    expect(converted.report.criteriaSheets).toEqual(saved.report.criteriaSheets);
    expect(converted.report.planSheets).toEqual(saved.report.planSheets);
  });

  it("opens what plan wrote, with the new sheet's cells", async () => {
    const dir = tempDir();
    const out = path.join(dir, 'plan.xlsx');
    expect(await main(['plan', SEED_XLSX, '--month', '4', '--out', out], { out: () => undefined, err: () => undefined })).toBe(0);
    const profile = `file://${mkdtempSync(path.join(os.tmpdir(), 'thidua-lo-'))}`;
    const back = path.join(dir, 'back');
    execFileSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'xlsx', '--outdir', back, out],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const [ours, theirs] = [openPackage(readFileSync(out)), openPackage(readFileSync(path.join(back, 'plan.xlsx')))];
    expect(theirs.info.sheets.map((s) => s.name)).toEqual(ours.info.sheets.map((s) => s.name));
    const cells = (values: unknown[][]) => values.flat().filter((v) => v !== null && v !== undefined && v !== '');
    expect(cells(theirs.snapshots[theirs.snapshots.length - 1].values)).toEqual(
      cells(ours.snapshots[ours.snapshots.length - 1].values),
    );
  });
});
