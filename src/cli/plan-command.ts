// `thidua plan FILE.xlsx --month N [--year YYYY] --out OUT.xlsx`: a copy of the
// workbook with the monthly plan sheet added. Never writes over the input.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { mainPlan, tasksOfMonth } from '../engine/plan';
import { analyzeSheet } from '../engine/report';
import { DEFAULT_PLAN_SETTINGS, buildMonthlyPlanSheet } from '../engine/template';
import type { Lang, PlanSheet, SheetSnapshot } from '../engine/types';
import type { Output } from './check-command';
import { UnreadableFileError, readWorkbookFile } from './read-workbook';
import { addSheetFromSpec } from './write-sheet-spec';

export interface PlanArgs {
  file: string;
  month: number;
  year?: number;
  out: string;
  lang: Lang;
}

const consoleOutput: Output = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/** A failure the user can act on, already in words. */
class PlanError extends Error {}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
async function realTarget(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    const dir = await fs.realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
    return path.join(dir, path.basename(absolute));
  }
}

function checkArgs(args: PlanArgs, say: (vi: string, en: string) => string): void {
  if (!Number.isInteger(args.month) || args.month < 1 || args.month > 12) {
    throw new PlanError(say(`--month ${args.month}: tháng phải từ 1 đến 12`, `--month ${args.month}: the month must be 1 to 12`));
  }
  if (args.year !== undefined && (!Number.isInteger(args.year) || args.year < 1900 || args.year > 9999)) {
    throw new PlanError(say(`--year ${args.year}: năm không hợp lệ`, `--year ${args.year}: not a valid year`));
  }
}

function findPlan(snapshots: SheetSnapshot[]): PlanSheet | null {
  return mainPlan(snapshots.flatMap((s) => analyzeSheet(s).plans));
}

/** Runs `plan`; returns the exit status (0, or 2 with a one-line message). Never throws. */
export async function runPlan(args: PlanArgs, io: Output = consoleOutput): Promise<number> {
  const say = (vi: string, en: string) => (args.lang === 'en' ? en : vi);
  try {
    checkArgs(args, say);
    if ((await realTarget(args.file)) === (await realTarget(args.out))) {
      throw new PlanError(
        say(
          `${args.out}: không ghi đè lên tệp nguồn; hãy chọn tệp --out khác`,
          `${args.out}: will not write over the input file; choose another --out file`,
        ),
      );
    }
    const opened = await readWorkbookFile(args.file, args.lang);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(opened.zip.bytes as unknown as ArrayBuffer);
    const plan = findPlan(opened.snapshots);
    const year = args.year ?? plan?.year ?? new Date().getFullYear();
    const tasks = plan ? tasksOfMonth(plan, args.month) : [];
    const spec = buildMonthlyPlanSheet({ month: args.month, year, tasks, settings: DEFAULT_PLAN_SETTINGS, lang: args.lang });
    const sheet = addSheetFromSpec(workbook, spec);
    try {
      await workbook.xlsx.writeFile(args.out);
    } catch (e) {
      const why = String((e as Error)?.message ?? e).split('\n')[0];
      throw new PlanError(say(`${args.out}: không ghi được tệp (${why})`, `${args.out}: cannot write the file (${why})`));
    }
    io.out(
      plan
        ? say(
            `Đã thêm trang "${sheet.name}" với ${tasks.length} nhiệm vụ vào ${args.out}`,
            `Added sheet "${sheet.name}" with ${tasks.length} tasks to ${args.out}`,
          )
        : say(
            `Không thấy bảng kế hoạch: đã thêm trang "${sheet.name}" để trống vào ${args.out}`,
            `No plan table found: added a blank sheet "${sheet.name}" to ${args.out}`,
          ),
    );
    return 0;
  } catch (e) {
    if (e instanceof PlanError || e instanceof UnreadableFileError) io.err(e.message);
    else io.err(say('Lỗi: ', 'Error: ') + String((e as Error)?.message ?? e).split('\n')[0]);
    return 2;
  }
}
