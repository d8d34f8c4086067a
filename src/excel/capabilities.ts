// Which optional features the host supports, from Excel's API requirement sets.
import type { Capabilities } from './api';
import type { Requirements } from './runner';

const NEEDED = {
  mergedAreas: ['1.13'],
  // The record of what was guarded lives in the workbook's settings (1.4).
  guards: ['1.8', '1.6', '1.4'],
  liveEvents: ['1.7'],
  settings: ['1.4'],
} as const;

export function readCapabilities(supported: Requirements): Capabilities {
  const has = (v: string): boolean => {
    try {
      return supported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  const missing = new Set<string>();
  const check = (versions: readonly string[]): boolean => {
    let ok = true;
    for (const v of versions) {
      if (!has(v)) {
        missing.add(`ExcelApi ${v}`);
        ok = false;
      }
    }
    return ok;
  };
  return {
    mergedAreas: check(NEEDED.mergedAreas),
    guards: check(NEEDED.guards),
    liveEvents: check(NEEDED.liveEvents),
    settings: check(NEEDED.settings),
    missing: [...missing].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])),
  };
}

/** Whether ExcelApi `version` is there (a host whose check throws has none of the optional sets). */
export function supports(supported: Requirements, version: string): boolean {
  try {
    return supported('ExcelApi', version);
  } catch {
    return false;
  }
}

/** Page layout (ExcelApi 1.9) and freeze panes (1.7), written together, are nice to have: skipped unless both are there. */
export function canLayoutPages(supported: Requirements): boolean {
  return supports(supported, '1.9') && supports(supported, '1.7');
}
