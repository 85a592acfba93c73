/**
 * Credentials at rest, sealed with the operating system's keychain through Electron's safeStorage.
 * Where the system offers no keychain, the app refuses to store a token rather than keep it readable.
 */
import { safeStorage } from 'electron';
import { AppFailure } from '../../shared/result';
import type { SecretBox } from '../services/sync-service';

export const keychainSecretBox: SecretBox = {
  seal(text) {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new AppFailure(
        'unauthorized',
        'This system offers no secure credential storage, so the token cannot be saved.',
      );
    }
    return safeStorage.encryptString(text).toString('base64');
  },
  open(sealed) {
    return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
  },
};
