/**
 * Credentials at rest, sealed with the operating system's keystore through Electron's safeStorage.
 * On Linux without a keyring, safeStorage still "encrypts" with its `basic_text` backend, whose key
 * is a constant in Chromium: that is clear text in disguise, so it counts as no keystore at all, and
 * the app refuses to store a token rather than keep it readable.
 */
import { safeStorage } from 'electron';
import { AppFailure } from '../../shared/result';
import type { SecretBox } from '../services/sync-service';

type Keystore = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'getSelectedStorageBackend'>;

/** Linux backends that protect nothing (`basic_text`) or could not be determined. */
const weakLinuxBackends = new Set(['basic_text', 'unknown']);

export function hasRealKeystore(keystore: Keystore, platform: NodeJS.Platform = process.platform): boolean {
  if (!keystore.isEncryptionAvailable()) return false;
  return platform !== 'linux' || !weakLinuxBackends.has(keystore.getSelectedStorageBackend());
}

export const keychainSecretBox: SecretBox = {
  seal(text) {
    if (!hasRealKeystore(safeStorage)) {
      throw new AppFailure(
        'no-keystore',
        'This system offers no secure credential storage (no keyring is unlocked), so the token cannot be saved.',
      );
    }
    return safeStorage.encryptString(text).toString('base64');
  },
  open(sealed) {
    return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
  },
};
