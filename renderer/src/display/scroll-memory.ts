/**
 * Keeps each place's scroll position: the history saves the content column's offset as the app
 * leaves a place; coming back (Back, Esc from a company) restores it once the view has its rows.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { placeKey, scrollMemory, setScrollReader, type Place } from '../store/history';

/** Frames to wait for a view's rows to arrive before giving up on the saved offset. */
const restoreFrames = 30;

/** Returns the ref for the scrolling content column. */
export function useScrollMemory(place: Place): RefObject<HTMLElement | null> {
  const content = useRef<HTMLElement>(null);
  const key = placeKey(place);
  useLayoutEffect(() => {
    setScrollReader(() => content.current?.scrollTop ?? 0);
  }, [content]);
  useLayoutEffect(() => {
    const element = content.current;
    if (element === null) return undefined;
    const saved = scrollMemory.get(key) ?? 0;
    element.scrollTop = saved;
    if (saved === 0 || Math.abs(element.scrollTop - saved) < 1) return undefined;
    let frames = 0;
    let frame = 0;
    const retry = () => {
      element.scrollTop = saved;
      frames += 1;
      if (Math.abs(element.scrollTop - saved) >= 1 && frames < restoreFrames)
        frame = requestAnimationFrame(retry);
    };
    frame = requestAnimationFrame(retry);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [content, key]);
  return content;
}
