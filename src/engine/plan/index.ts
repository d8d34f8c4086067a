// Plan tables (`TT | Nhiệm vụ … | Ghi chú`) of one sheet: key tasks, months, tasks.
import type { Grid } from '../grid';
import { readTables } from '../tables';
import { isMonthOf } from './read-table';
import type { Finding, PlanSheet, PlanTask } from '../types';

/**
 * Every plan table of the sheet, top to bottom, with what was found on the way. Never
 * throws. Criteria tables are read on the way: a plan may stand below one.
 */
export function readPlans(grid: Grid): { tables: PlanSheet[]; findings: Finding[] } {
  return readTables(grid).plans;
}

/**
 * The tasks of one month of the plan's year, in order; a month written twice contributes
 * both parts. A December of the year before (a plan opening with "Tháng 12/2023") is not it.
 */
export function tasksOfMonth(plan: PlanSheet, month: number): PlanTask[] {
  return plan.months.filter((m) => m.month === month && isMonthOf(m, plan.year)).flatMap((m) => m.tasks);
}

/** The table to take monthly tasks from: the first one with month rows, else the first. */
export function mainPlan(tables: PlanSheet[]): PlanSheet | null {
  return tables.find((t) => t.months.length > 0) ?? tables[0] ?? null;
}
