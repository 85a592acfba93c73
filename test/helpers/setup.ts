/**
 * Global test setup: the `electron` module is replaced by a fake everywhere, so shell code can be
 * exercised without the Electron binary (which cannot be downloaded on these machines).
 */
import { vi } from 'vitest';

vi.mock('electron', async () => import('./fake-electron'));
