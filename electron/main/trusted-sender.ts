/**
 * Which IPC calls the app answers: only those from its own window's main frame, showing the app's
 * own page. A frame embedded in the page, another window, or our window after it navigated somewhere
 * else (which the navigation lock should prevent) is refused.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isTargetUrl, type RendererTarget } from './renderer-target';

export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  appContents: WebContents | null,
  target: RendererTarget,
): boolean {
  if (appContents === null || event.sender !== appContents) return false;
  const frame = event.senderFrame;
  return frame !== null && frame === appContents.mainFrame && isTargetUrl(target, frame.url);
}
