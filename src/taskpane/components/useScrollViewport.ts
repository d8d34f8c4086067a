// The scroll offset and visible height of a scrolling element, kept in React state
// so a virtualized list can render what is in view. Without layout (jsdom) the
// element has no height: `fallbackHeight` (or the window's) stands in for it.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface ScrollViewport<T extends HTMLElement> {
  ref: React.RefObject<T | null>;
  scrollTop: number;
  height: number;
  /** For the element's onScroll. */
  onScroll: () => void;
  /** Scrolls the element, and updates the state at once (no scroll event is needed). */
  scrollTo: (top: number) => void;
}

export function useScrollViewport<T extends HTMLElement>(fallbackHeight?: number): ScrollViewport<T> {
  const ref = useRef<T>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setMeasured(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    if (ref.current) setScrollTop(ref.current.scrollTop);
  }, []);

  const scrollTo = useCallback((top: number) => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = Math.max(0, top);
    // A browser clamps to the scrollable range; jsdom keeps what it is given.
    setScrollTop(el.scrollTop);
  }, []);

  const height = measured || fallbackHeight || (typeof window === 'undefined' ? 0 : window.innerHeight);
  return { ref, scrollTop, height, onScroll, scrollTo };
}
