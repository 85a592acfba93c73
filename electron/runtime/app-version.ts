/** The app's version, from package.json, inlined into the bundles at build time. */
import packageJson from '../../package.json' with { type: 'json' };

export const appVersion: string = packageJson.version;
