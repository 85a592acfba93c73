/**
 * Performance marks for `npm run bench:ui`: the moment a company is selected, and the frame after
 * each of its panels first shows its figures. Marks cost nothing measurable and are read only by
 * the benchmark (performance.getEntriesByName), never by the app.
 */
import { useEffect } from 'react';

// Typed here because this module is also compiled for Node (the stores' unit tests import it).
const frames = globalThis as unknown as {
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
};

export function markCompanySelected(companyId: number): void {
  performance.mark(`company-selected:${companyId}`);
}

/** Marks `name` on the first frame painted after `ready` turns true (once per name and mount). */
export function usePaintMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return undefined;
    const frame = frames.requestAnimationFrame(() => {
      if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
    });
    return () => {
      frames.cancelAnimationFrame(frame);
    };
  }, [name, ready]);
}
