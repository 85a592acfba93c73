/**
 * A view's heading, which takes the keyboard focus after a navigation (so the next Tab starts in
 * the new view and a screen reader announces it) unless the view hands the focus elsewhere first.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useHistoryStore } from '../store/history';

interface PageHeadingProps {
  readonly children: ReactNode;
  readonly className?: string | undefined;
}

export function PageHeading({ children, className }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A frame later, so that a view which restores the focus itself (a table row) goes first.
    const frame = requestAnimationFrame(() => {
      if (useHistoryStore.getState().takeFocus()) heading.current?.focus({ preventScroll: true });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <h2 ref={heading} className={className} tabIndex={-1}>
      {children}
    </h2>
  );
}
