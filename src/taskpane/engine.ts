// The engine functions the pane runs on, gathered for the controller.
import { applyRowPatch } from '../engine/patch';
import { checkWorkbook } from '../engine/report';
import { buildMonthlyPlanSheet } from '../engine/template';
import type { Engine } from './controller';

export const engine: Engine = { checkWorkbook, applyRowPatch, buildMonthlyPlanSheet };
