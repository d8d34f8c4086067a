// How the gateway reaches Excel: `Excel.run` itself (or any object with the same
// `run`, such as the in-memory host), plus the requirement-set check.

export type ExcelRun = typeof Excel.run;
export type ExcelRunner = ExcelRun | { run: ExcelRun };
export type Requirements = (set: string, version: string) => boolean;

/** A batch over one request context. */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface Runner {
  <T>(batch: Batch<T>): Promise<T>;
  /** Continues in the context of an earlier batch (removing event handlers needs it). */
  inContext<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

/**
 * `delayForCellEdit` (ExcelApi 1.11): a batch sent while the user edits a cell waits for
 * the edit to end instead of failing with InvalidOperationInCellEditMode.
 */
export function toRunner(excel: ExcelRunner, delayForCellEdit = false): Runner {
  const run: ExcelRun = typeof excel === 'function' ? excel : excel.run.bind(excel);
  const runner = (<T>(batch: Batch<T>): Promise<T> =>
    delayForCellEdit ? run({ delayForCellEdit }, batch) : run(batch)) as Runner;
  runner.inContext = <T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T> => run(context, batch);
  return runner;
}
