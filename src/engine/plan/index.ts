// Plan tables (`TT | Nhiệm vụ … | Ghi chú`) of one sheet: key tasks, months, tasks.
import type { Grid } from '../grid';
import type { Finding, PlanSheet, PlanTask } from '../types';
import { nextPlanHeader, readPlanTable } from './read-table';

/** Every plan table of the sheet, top to bottom, with what was found on the way. Never throws. */
export function readPlans(grid: Grid): { tables: PlanSheet[]; findings: Finding[] } {
  const tables: PlanSheet[] = [];
  const findings: Finding[] = [];
  let header = nextPlanHeader(grid, grid.top);
  while (header) {
    const reading = readPlanTable(grid, header);
    tables.push(reading.plan);
    // Not push(...): a sheet can hold more findings than a call takes arguments.
    for (const finding of reading.findings) findings.push(finding);
    header = reading.end >= grid.bottom ? null : nextPlanHeader(grid, reading.end + 1);
  }
  return { tables, findings };
}

/** The tasks of one month, in order; a month written twice contributes both parts. */
export function tasksOfMonth(plan: PlanSheet, month: number): PlanTask[] {
  return plan.months.filter((m) => m.month === month).flatMap((m) => m.tasks);
}

/** The table to take monthly tasks from: the first one with month rows, else the first. */
export function mainPlan(tables: PlanSheet[]): PlanSheet | null {
  return tables.find((t) => t.months.length > 0) ?? tables[0] ?? null;
}
