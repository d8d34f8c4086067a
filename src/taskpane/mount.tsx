// Mounts the pane over any WorkbookGateway: Office.js in Excel (index.tsx), or
// the in-memory Excel host on the development workbench page.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { WorkbookGateway } from '../excel/api';
import type { Lang } from '../engine/types';
import { App } from './components/App';
import { PaneController, type Engine } from './controller';
import { engine as realEngine } from './engine';

export interface MountOptions {
  lang: Lang;
  /** Follow a dark Office theme. */
  dark: boolean;
  /** Name the report gives the workbook. */
  file?: string;
  /** Engine functions; the real engine unless a test substitutes them. */
  engine?: Engine;
}

export interface MountedPane {
  controller: PaneController;
  unmount(): Promise<void>;
}

/** Office reports its theme as colours: a dark body background ("#262626") means a dark theme. */
export function isDarkBackground(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

export function mountTaskPane(rootElement: HTMLElement, gateway: WorkbookGateway, opts: MountOptions): MountedPane {
  const controller = new PaneController(gateway, { lang: opts.lang, file: opts.file, engine: opts.engine ?? realEngine });
  const root = createRoot(rootElement);
  const setDocumentLang = () => {
    rootElement.ownerDocument.documentElement.lang = controller.getState().lang;
  };
  const unsubscribe = controller.subscribe(setDocumentLang);
  setDocumentLang();
  root.render(
    <FluentProvider theme={opts.dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App controller={controller} />
    </FluentProvider>,
  );
  void controller.start();
  // Back from Excel's grid: edits onChanged did not report are caught (see revalidate).
  const view = rootElement.ownerDocument.defaultView;
  const onFocus = () => void controller.revalidate();
  view?.addEventListener('focus', onFocus);
  return {
    controller,
    async unmount() {
      view?.removeEventListener('focus', onFocus);
      unsubscribe();
      root.unmount();
      await controller.dispose();
    },
  };
}
