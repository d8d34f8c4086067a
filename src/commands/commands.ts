// The manifest's FunctionFile. The only ribbon command opens the task pane
// (ShowTaskpane), which needs no code; Office still loads this page.
import { functionFileReady } from '../excel/function-file';

functionFileReady();
