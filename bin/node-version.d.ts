/** Types of node-version.js, which stays plain JavaScript so that any Node can run it. */
export declare const minimumNode: readonly [number, number];
export declare function isTooOld(version: string): boolean;
