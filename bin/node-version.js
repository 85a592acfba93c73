// The oldest Node the CLI runs on: better-sqlite3 13's Node-API 10 binary crashes older ones.
export const minimumNode = [22, 12];

/** True when `version` (like process.versions.node) is older than minimumNode. */
export function isTooOld(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major < minimumNode[0] || (major === minimumNode[0] && minor < minimumNode[1]);
}
