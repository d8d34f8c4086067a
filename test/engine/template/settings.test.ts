import { DEFAULT_PLAN_SETTINGS, resolvePlanSettings } from '../../../src/engine/template';

const BLOCK = { superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM' };
const NONE = { superior: '', unit: '' };

describe('the plan settings in force', () => {
  it('fill an empty unit and superior from the title block, and the abbreviation from the unit', () => {
    expect(resolvePlanSettings(null, BLOCK)).toEqual({
      ...DEFAULT_PLAN_SETTINGS,
      superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM',
      abbreviation: 'CĐDK',
    });
    expect(resolvePlanSettings({ unit: '  ', superior: '' }, BLOCK)).toMatchObject(BLOCK);
  });

  it('keep what the user saved over the title block', () => {
    const saved = { unit: 'CĐ Tổng công ty Khí', abbreviation: 'CĐK', signerName: 'Lê Văn B', orientation: 'portrait' as const };
    expect(resolvePlanSettings(saved, BLOCK)).toMatchObject({ ...saved, superior: BLOCK.superior });
    expect(resolvePlanSettings({ unit: 'CÔNG ĐOÀN ĐIỆN LỰC VIỆT NAM' }, NONE).abbreviation).toBe('CĐĐL');
  });

  it('fall back to the defaults, a placeholder only for the unit nothing names', () => {
    expect(resolvePlanSettings(null, NONE)).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(resolvePlanSettings({ orientation: 'sideways' as never, place: 42 as never }, NONE)).toEqual(DEFAULT_PLAN_SETTINGS);
  });
});
