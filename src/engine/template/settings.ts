// The plan's settings as the template uses them: what the user saved, else what the
// workbook's title block says, else a default (a placeholder only for what nothing knows).
import { unitAbbreviation, type TitleBlock } from '../title-block';
import type { PlanSettings } from '../types';

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  superior: 'TỔNG LĐLĐ VIỆT NAM',
  unit: 'CÔNG ĐOÀN …',
  abbreviation: '',
  place: 'Hà Nội',
  signerTitle: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
  signerName: '',
  recipients: '- Các công đoàn trực thuộc;\n- Lưu: VT, …',
  orientation: 'landscape',
};

const UNKNOWN_UNIT = DEFAULT_PLAN_SETTINGS.unit;

/** Saved settings (any field may be missing or blank) completed from the title block and the defaults. */
export function resolvePlanSettings(saved: Partial<PlanSettings> | null, block: TitleBlock): PlanSettings {
  const given = (key: keyof PlanSettings): string => {
    const v = saved?.[key];
    return typeof v === 'string' ? v.trim() : '';
  };
  const unit = given('unit') || block.unit || UNKNOWN_UNIT;
  return {
    superior: given('superior') || block.superior || DEFAULT_PLAN_SETTINGS.superior,
    unit,
    abbreviation: given('abbreviation') || (unit === UNKNOWN_UNIT ? '' : unitAbbreviation(unit)),
    place: given('place') || DEFAULT_PLAN_SETTINGS.place,
    signerTitle: given('signerTitle') || DEFAULT_PLAN_SETTINGS.signerTitle,
    signerName: given('signerName'),
    recipients: given('recipients') || DEFAULT_PLAN_SETTINGS.recipients,
    orientation: saved?.orientation === 'portrait' ? 'portrait' : 'landscape',
  };
}
