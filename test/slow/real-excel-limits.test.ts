// A sheet past Excel's 5,000,000 cells a read: the one-request check is refused and
// the gateway reads it in chunks (about 15 s in the in-memory host, hence slow).
import { createExcelGateway } from '../../src/excel/gateway';
import { createMemoryExcel } from '../../src/memory-excel';

it('checks a sheet of 5,242,880 used cells by chunks after the whole read is refused', async () => {
  const host = createMemoryExcel({ sheets: [{ name: 'Rộng', cells: { A1: { value: 'đầu' }, E1048576: { value: 'cuối' } } }] });
  const [snap] = await createExcelGateway(host.excel, () => true).readSnapshots();
  expect(host.requestLog.find((r) => r.failed)).toMatchObject({ index: 2, failed: 'InvalidOperation' });
  expect(snap.values).toHaveLength(1048576);
  expect([snap.values[0][0], snap.values[1048575][4]]).toEqual(['đầu', 'cuối']);
}, 120_000);
