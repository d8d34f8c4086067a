// Entry of workbench.html (development only): the real task pane over the
// in-memory Excel host, beside a view of the same workbook. Opens the seed.
// Query: ?lang=en for the English pane, ?theme=dark for the dark one.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createExcelGateway } from '../excel/gateway';
import { mountTaskPane } from '../taskpane/mount';
import { Workbench } from './components/Workbench';
import { saveFile } from './save-file';
import { WorkbenchSession } from './session';
import { readXlsx } from './xlsx-import';
import { writeXlsx } from './xlsx-export';

/** Copied next to this page by the development build (webpack.config.js). */
const SEED = 'seed-2024.xlsx';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'vi';
const dark = params.get('theme') === 'dark';

const session = new WorkbenchSession((host, file) => {
  const pane = mountTaskPane(
    document.getElementById('pane')!,
    createExcelGateway(host.excel, () => true),
    { lang, dark, file },
  );
  return () => pane.unmount();
});

async function openBytes(bytes: ArrayBuffer, name: string): Promise<void> {
  let data;
  try {
    data = await readXlsx(bytes);
  } catch {
    throw new Error(`Không đọc được "${name}": tệp không phải .xlsx hoặc đã hỏng.`);
  }
  await session.open(data, name);
}

async function openSeed(): Promise<void> {
  const response = await fetch(SEED);
  if (!response.ok) throw new Error(`Không tải được tệp mẫu ${SEED} (HTTP ${response.status}).`);
  await openBytes(await response.arrayBuffer(), SEED);
}

async function download(): Promise<void> {
  saveFile(await writeXlsx(session.host.snapshotModel()), session.fileName.replace(/(\.xlsx)?$/i, '.xlsx'));
}

createRoot(document.getElementById('workbook')!).render(
  <FluentProvider theme={webLightTheme} className="wb-provider">
    <Workbench session={session} openBytes={openBytes} openSeed={openSeed} download={download} />
  </FluentProvider>,
);
