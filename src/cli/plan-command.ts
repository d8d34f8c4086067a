// `thidua plan FILE.xlsx --month N [--year YYYY] --out OUT.xlsx [--force]`: a copy of the
// workbook with the monthly plan sheet added, every existing part of it unchanged. The
// plan is read through the engine's entry point, like `check` reads it.
import { mainPlan, tasksOfMonth } from '../engine/plan';
import { analyzeSheet } from '../engine/report';
import { buildMonthlyPlanSheet, documentDate, resolvePlanSettings, type DocumentDate } from '../engine/template';
import { readTitleBlock } from '../engine/title-block';
import type { Lang, PlanSheet, SheetSnapshot } from '../engine/types';
import type { Output } from './check-command';
import { UnreadableFileError, readWorkbookFile } from './read-workbook';
import { SafeWriteError, checkOutput, writeFileSafely, type SafeWriteProblem } from './safe-write';
import { addSheets } from './xlsx/add-sheets';

export interface PlanArgs {
  file: string;
  month: number;
  year?: number;
  out: string;
  lang: Lang;
  /** The plan's date line; today when absent. */
  date?: DocumentDate;
  /** Replace an existing OUT. */
  force?: boolean;
}

const consoleOutput: Output = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/** A failure the user can act on, already in words. */
class PlanError extends Error {}

type Say = (vi: string, en: string) => string;

function checkArgs(args: PlanArgs, say: Say): void {
  if (!Number.isInteger(args.month) || args.month < 1 || args.month > 12) {
    throw new PlanError(say(`--month ${args.month}: tháng phải từ 1 đến 12`, `--month ${args.month}: the month must be 1 to 12`));
  }
  if (args.year !== undefined && (!Number.isInteger(args.year) || args.year < 1900 || args.year > 9999)) {
    throw new PlanError(say(`--year ${args.year}: năm không hợp lệ`, `--year ${args.year}: not a valid year`));
  }
}

function outputProblem(problem: SafeWriteProblem, say: Say): string {
  switch (problem) {
    case 'same-as-input':
      return say(
        'không ghi đè lên tệp nguồn; hãy chọn tệp --out khác',
        'will not write over the input file; choose another --out file',
      );
    case 'exists':
      return say('tệp đã có; thêm --force để ghi đè', 'the file already exists; add --force to replace it');
    case 'not-a-file':
      return say('không phải là một tệp (thư mục?)', 'is not a file (a folder?)');
    case 'folder-missing':
      return say('thư mục chứa tệp không tồn tại', 'its folder does not exist');
  }
}

function findPlan(snapshots: SheetSnapshot[]): PlanSheet | null {
  return mainPlan(snapshots.flatMap((s) => analyzeSheet(s).plans));
}

/** Runs `plan`; returns the exit status (0, or 2 with a one-line message). Never throws. */
export async function runPlan(args: PlanArgs, io: Output = consoleOutput): Promise<number> {
  const say: Say = (vi, en) => (args.lang === 'en' ? en : vi);
  const target = { inputs: [args.file], force: args.force };
  try {
    checkArgs(args, say);
    await checkOutput(args.out, target);
    const { zip, info, snapshots } = await readWorkbookFile(args.file, args.lang);
    const plan = findPlan(snapshots);
    const year = args.year ?? plan?.year ?? new Date().getFullYear();
    const tasks = plan ? tasksOfMonth(plan, args.month) : [];
    // The command line has no saved settings: the header comes from the workbook's title block.
    const settings = resolvePlanSettings(null, readTitleBlock(snapshots));
    const date = args.date ?? documentDate(new Date());
    const spec = buildMonthlyPlanSheet({ month: args.month, year, tasks, settings, date, lang: args.lang });
    const { bytes, names } = addSheets(zip, info, [spec]);
    try {
      await writeFileSafely(args.out, bytes, target);
    } catch (e) {
      if (e instanceof SafeWriteError) throw e;
      const why = String((e as Error)?.message ?? e).split('\n')[0];
      throw new PlanError(say(`${args.out}: không ghi được tệp (${why})`, `${args.out}: cannot write the file (${why})`));
    }
    io.out(
      plan
        ? say(
            `Đã thêm trang "${names[0]}" với ${tasks.length} nhiệm vụ vào ${args.out}`,
            `Added sheet "${names[0]}" with ${tasks.length} tasks to ${args.out}`,
          )
        : say(
            `Không thấy bảng kế hoạch: đã thêm trang "${names[0]}" để trống vào ${args.out}`,
            `No plan table found: added a blank sheet "${names[0]}" to ${args.out}`,
          ),
    );
    return 0;
  } catch (e) {
    if (e instanceof SafeWriteError) io.err(`${e.file}: ${outputProblem(e.problem, say)}`);
    else if (e instanceof PlanError || e instanceof UnreadableFileError) io.err(e.message);
    else io.err(say('Lỗi: ', 'Error: ') + String((e as Error)?.message ?? e).split('\n')[0]);
    return 2;
  }
}
