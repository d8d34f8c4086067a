// The files a command line names: a folder stands for the workbooks in it (.xlsx, .xlsm,
// and .xls / .ods, which are converted or get their own line), never Excel's ~$ lock
// files. A folder named like a workbook (x.xlsx) is a file argument: it gets its error line.
import { promises as fs } from 'node:fs';
import path from 'node:path';

const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;

export async function expandFolders(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (stat?.isDirectory() && !WORKBOOK.test(arg.replace(/[\\/]+$/, ''))) {
      const names = (await fs.readdir(arg)).filter((n) => WORKBOOK.test(n) && !n.startsWith('~$')).sort();
      files.push(...names.map((n) => path.join(arg, n)));
    } else {
      files.push(arg);
    }
  }
  return files;
}
