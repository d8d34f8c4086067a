// jsdom lays nothing out: every element is 0×0 with no offsetParent. Tabster (Fluent's
// focus manager) then takes a modal Dialog for invisible and hides it from the
// accessibility tree. Tests of dialogs give elements a size, as a browser would.
export function pretendLayout(): void {
  const size = (name: string, value: (el: HTMLElement) => unknown) =>
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get() {
        return value(this);
      },
    });
  size('offsetParent', (el) => el.parentNode);
  size('offsetWidth', () => 10);
  size('offsetHeight', () => 10);
  HTMLElement.prototype.getBoundingClientRect = () => ({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: 10,
    right: 10,
    width: 10,
    height: 10,
    toJSON: () => ({}),
  });
}
