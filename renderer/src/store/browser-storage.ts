/**
 * The page's localStorage for zustand's persist, or a thrown error where there is none (Node unit
 * tests), on which persist simply keeps the state in memory.
 */
import type { StateStorage } from 'zustand/middleware';

export function browserStorage(): StateStorage {
  const storage = (globalThis as { readonly localStorage?: StateStorage }).localStorage;
  if (storage === undefined) throw new Error('No localStorage in this runtime.');
  return storage;
}
