// The manifest's FunctionFile page (src/commands/): Office loads it for the ribbon and
// waits for it to say it is ready. Its only command (ShowTaskpane) needs no code.
export function functionFileReady(): void {
  Office.onReady(() => undefined);
}
