import { describe, expect, it } from 'vitest';
import { hasRealKeystore } from '../../../electron/main/secret-box';

function keystore(available: boolean, backend: string) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () =>
      backend as ReturnType<Parameters<typeof hasRealKeystore>[0]['getSelectedStorageBackend']>,
  };
}

describe('where a token may be sealed', () => {
  it("refuses Linux's basic_text backend, whose key is a constant", () => {
    expect(hasRealKeystore(keystore(true, 'basic_text'), 'linux')).toBe(false);
    expect(hasRealKeystore(keystore(true, 'unknown'), 'linux')).toBe(false);
  });

  it('accepts a real keyring on Linux and the system keystore elsewhere', () => {
    expect(hasRealKeystore(keystore(true, 'gnome_libsecret'), 'linux')).toBe(true);
    expect(hasRealKeystore(keystore(true, 'kwallet5'), 'linux')).toBe(true);
    expect(hasRealKeystore(keystore(true, 'unknown'), 'darwin')).toBe(true);
  });

  it('refuses when no encryption is available at all', () => {
    expect(hasRealKeystore(keystore(false, 'gnome_libsecret'), 'linux')).toBe(false);
    expect(hasRealKeystore(keystore(false, 'unknown'), 'win32')).toBe(false);
  });
});
