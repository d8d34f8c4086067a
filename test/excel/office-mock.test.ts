// The gateway against office-addin-mock: it loads every property it reads (the mock
// answers "Error, property was not loaded" otherwise) and uses the expected syncs.
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelGateway } from '../../src/excel/gateway';

type Mock = OfficeMockObject & Record<string, unknown>;

/** Excel.run over the mock: the batch gets the mock's context. */
function excelMock(workbook: Record<string, unknown>): { excel: { run: typeof Excel.run }; mock: Mock; syncs: jest.SpyInstance } {
  const mock = new OfficeMockObject({
    context: { workbook },
    // Excel.run(batch) or Excel.run(options, batch): the gateway passes { delayForCellEdit: true }.
    run: async function (this: { context: unknown }, a: unknown, b?: (ctx: unknown) => Promise<unknown>) {
      return (typeof a === 'function' ? a : b!)(this.context);
    },
  }) as Mock;
  const context = mock.context as Mock;
  const syncs = jest.spyOn(context, 'sync');
  return { excel: mock as unknown as { run: typeof Excel.run }, mock, syncs };
}

describe('gateway with office-addin-mock', () => {
  it('readSnapshots loads names, used ranges, merged areas, values and formulas', async () => {
    const { excel, mock, syncs } = excelMock({
      worksheets: {
        sheet: {
          name: 'Tiêu chí 2023',
          used: {
            address: "'Tiêu chí 2023'!B3:C4",
            values: [
              ['TT', 'Điểm'],
              [1, 5],
            ],
            formulas: [
              ['TT', 'Điểm'],
              [1, '=2+3'],
            ],
            merged: { areas: { area: { address: "'Tiêu chí 2023'!B3:C3" } } },
            getMergedAreasOrNullObject: function (this: Mock) {
              return this.merged;
            },
          },
          getUsedRangeOrNullObject: function (this: Mock) {
            return this.used;
          },
          // Row blocks, where the gateway asks for merged areas: the first holds the sheet's only merge.
          rowsBelow: {
            merged: { areas: {} },
            getMergedAreasOrNullObject: function (this: Mock) {
              return this.merged;
            },
          },
          getRange: function (this: Mock, address?: string) {
            expect(address).toMatch(/^\d+:\d+$/);
            return address === '1:128' ? this.used : this.rowsBelow;
          },
        },
        getItem: function (this: Mock) {
          return this.sheet;
        },
      },
    });
    // Collections are not modelled by the mock: give `items` and a load that loads each item.
    const worksheets = (mock.context as Mock).workbook as Mock;
    const sheets = worksheets.worksheets as Mock;
    const sheet = sheets.sheet as Mock;
    const used = sheet.used as Mock;
    const merged = used.merged as Mock;
    const areas = merged.areas as Mock;
    const area = areas.area as Mock;
    Object.assign(sheets, { items: [sheet], load: (p: string) => (expect(p).toBe('items/name'), sheet.load('name'), sheets) });
    Object.assign(areas, { items: [area], load: (p: string) => (expect(p).toBe('items/address'), area.load('address'), areas) });
    Object.assign(used, { isNullObject: false });
    Object.assign(merged, { isNullObject: false });
    const none = (sheet.rowsBelow as Mock).merged as Mock;
    Object.assign(none, { isNullObject: true });
    Object.assign(none.areas as Mock, { items: [], load: () => none.areas });

    const gw = createExcelGateway(excel, () => true);
    const [snap] = await gw.readSnapshots();
    expect(snap).toEqual({
      name: 'Tiêu chí 2023',
      origin: 'B3',
      values: [
        ['TT', 'Điểm'],
        [1, 5],
      ],
      formulas: [
        [null, null],
        [null, '=2+3'],
      ],
      merges: ['B3:C3'],
    });
    expect(syncs).toHaveBeenCalledTimes(2);
  });

  it('selectCell activates the sheet and selects the range in one sync', async () => {
    const activate = jest.fn();
    const select = jest.fn();
    const { excel, syncs } = excelMock({
      worksheets: {
        getItem: (name: string) => {
          expect(name).toBe('Tiêu chí 2023');
          return {
            activate,
            getRange: (address: string) => {
              expect(address).toBe('F12');
              return { select };
            },
          };
        },
      },
    });
    await createExcelGateway(excel, () => true).selectCell('Tiêu chí 2023', 'F12');
    expect(activate).toHaveBeenCalledTimes(1);
    expect(select).toHaveBeenCalledTimes(1);
    expect(syncs).toHaveBeenCalledTimes(1);
  });

  it('loadSettings reads the JSON setting it loaded', async () => {
    const { excel, mock } = excelMock({
      settings: {
        item: { value: JSON.stringify({ unit: 'CĐ DKVN' }) },
        getItemOrNullObject: function (this: Mock, key: string) {
          expect(key).toBe('thidua.planSettings');
          return this.item;
        },
      },
    });
    const item = (((mock.context as Mock).workbook as Mock).settings as Mock).item as Mock;
    Object.assign(item, { isNullObject: false });
    expect(await createExcelGateway(excel, () => true).loadSettings()).toEqual({ unit: 'CĐ DKVN' });
  });
});
