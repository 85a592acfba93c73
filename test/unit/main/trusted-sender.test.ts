import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { chooseRendererTarget } from '../../../electron/main/renderer-target';
import { isTrustedSender } from '../../../electron/main/trusted-sender';

const target = chooseRendererTarget(true, undefined);
const mainFrame = { url: 'app://cashflow/index.html' };
const contents = { mainFrame } as unknown as WebContents;

function event(sender: unknown, senderFrame: unknown): Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'> {
  return { sender, senderFrame } as Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;
}

describe('whose IPC calls are answered', () => {
  it("answers our window's top frame on our page", () => {
    expect(isTrustedSender(event(contents, mainFrame), contents, target)).toBe(true);
  });

  it('refuses another window, a frame inside ours, our frame on another page, and calls before a window exists', () => {
    expect(isTrustedSender(event({ mainFrame }, mainFrame), contents, target)).toBe(false);
    expect(isTrustedSender(event(contents, { url: 'app://cashflow/index.html' }), contents, target)).toBe(
      false,
    );
    const elsewhere = { url: 'https://example.org/' };
    const moved = { mainFrame: elsewhere } as unknown as WebContents;
    expect(isTrustedSender(event(moved, elsewhere), moved, target)).toBe(false);
    expect(isTrustedSender(event(contents, null), contents, target)).toBe(false);
    expect(isTrustedSender(event(contents, mainFrame), null, target)).toBe(false);
  });
});
