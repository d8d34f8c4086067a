// Where the pane meets Office: waits for Office.js, and hands the pane a gateway over
// Excel.run plus what Office says of the user's language and theme.
import type { WorkbookGateway } from './api';
import { createExcelGateway } from './gateway';

export interface OfficeEnvironment {
  /** Office's display language, e.g. "vi-VN" or "en-US". */
  displayLanguage?: string;
  /** The Office theme's body background, e.g. "#1f1f1f" in a dark theme. */
  bodyBackgroundColor?: string;
}

/** Calls `inExcel` once Office.js is ready inside Excel, else `elsewhere` (the page opened in a plain browser). */
export function whenOfficeReady(
  inExcel: (gateway: WorkbookGateway, env: OfficeEnvironment) => void,
  elsewhere: () => void,
): void {
  if (typeof Office === 'undefined') {
    elsewhere();
    return;
  }
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      elsewhere();
      return;
    }
    const gateway = createExcelGateway(Excel.run, (set, version) => Office.context.requirements.isSetSupported(set, version));
    let bodyBackgroundColor: string | undefined;
    try {
      bodyBackgroundColor = Office.context.officeTheme?.bodyBackgroundColor;
    } catch {
      // officeTheme is not available on every platform: the pane stays light.
    }
    inExcel(gateway, { displayLanguage: Office.context.displayLanguage, bodyBackgroundColor });
  });
}
