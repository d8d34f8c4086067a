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
import { SafeWriteError, checkOutput, writeFileSafely } from './safe-write';
import { outputProblem, text, type CliText } from './text';
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

function checkArgs(args: PlanArgs, t: CliText): void {
  if (!Number.isInteger(args.month) || args.month < 1 || args.month > 12) throw new PlanError(t.monthRange(String(args.month)));
  if (args.year !== undefined && (!Number.isInteger(args.year) || args.year < 1900 || args.year > 9999)) {
    throw new PlanError(t.yearRange(String(args.year)));
  }
}

function findPlan(snapshots: SheetSnapshot[]): PlanSheet | null {
  return mainPlan(snapshots.flatMap((s) => analyzeSheet(s).plans));
}

/** Runs `plan`; returns the exit status (0, or 2 with a one-line message). Never throws. */
export async function runPlan(args: PlanArgs, io: Output = consoleOutput): Promise<number> {
  const t = text(args.lang);
  const target = { inputs: [args.file], force: args.force };
  try {
    checkArgs(args, t);
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
      throw new PlanError(t.cannotWrite(args.out, why));
    }
    io.out(plan ? t.plan.added(names[0], tasks.length, args.out) : t.plan.blank(names[0], args.out));
    return 0;
  } catch (e) {
    if (e instanceof SafeWriteError) io.err(outputProblem(e.problem, e.file, args.lang, true));
    else if (e instanceof PlanError || e instanceof UnreadableFileError) io.err(e.message);
    else io.err(`${t.error}: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
    return 2;
  }
}
