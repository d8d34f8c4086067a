// Tổng hợp khối: the bloc's live `Tổng hợp` sheet (figures as formulas over the units'
// score cells, so it stays right as people edit) and a bar chart of the units' final
// scores beside it. One batch, like insertSheet: 2 syncs (read the sheet names; write
// the sheet and add its chart), whatever the number of units, more only when the sheet
// passes the per-request budget. A new sheet with a unique name; on failure it is removed.
// Requirement sets: the chart needs ExcelApi 1.1; its bars carry the unit names with
// ExcelApi 1.7 (series.setXAxisValues), else they are numbered in rank order.
import { buildLiveSummarySheet, summaryChart, type BlocSummary, type LiveSummaryOptions } from '../engine/summary';
import type { SummaryWritten } from './api';
import type { Requirements, Runner } from './runner';
import { insertSheet } from './write-sheet';

function supports(requirements: Requirements, version: string): boolean {
  try {
    return requirements('ExcelApi', version);
  } catch {
    return false;
  }
}

export async function insertSummary(
  run: Runner,
  summary: BlocSummary,
  opts: LiveSummaryOptions,
  requirements: Requirements,
  layoutPages: boolean,
): Promise<SummaryWritten> {
  const chart: SummaryWritten['chart'] = !supports(requirements, '1.1')
    ? 'none'
    : supports(requirements, '1.7')
      ? 'named'
      : 'numbered';
  const place = summaryChart(summary, opts.lang);
  const sheet = await insertSheet(run, buildLiveSummarySheet(summary, opts), layoutPages, (ws) => {
    if (chart === 'none' || summary.units.length === 0) return;
    const bars = ws.charts.add('ColumnClustered', ws.getRange(place.finals), 'Columns');
    bars.title.text = place.title;
    bars.legend.visible = false;
    bars.setPosition(place.start, place.end);
    if (chart === 'named') bars.series.getItemAt(0).setXAxisValues(ws.getRange(place.names));
  });
  return { sheet, chart: summary.units.length === 0 ? 'none' : chart };
}
