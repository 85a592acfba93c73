/**
 * Installers for the three desktop platforms (npm run dist:linux | dist:win | dist:mac), read by
 * electron-builder. What ships: the bundles electron-vite built into out/ and the runtime
 * dependencies; no sources, tests, source maps or build tooling. better-sqlite3 13 carries Node-API
 * prebuilds for every platform, so there is no native rebuild (npmRebuild: false) and one binary
 * serves Node and Electron; each installer keeps only its own platform's prebuild, unpacked from the
 * asar so that it can be loaded. Signing and notarization read the standard environment variables
 * and are skipped without them (docs/installers.md).
 */
import type { Configuration } from 'electron-builder';

const reportFonts = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSansCondensed.ttf',
  'DejaVuSansCondensed-Bold.ttf',
];

/** The files of the app, for one platform's name as better-sqlite3's prebuilds spell it. */
function appFiles(prebuildPlatform: 'linux' | 'darwin' | 'win32'): string[] {
  return [
    'out/**',
    'package.json',
    '!**/*.{map,ts,tsx,mts,cts,md,markdown}',
    '!**/{test,tests,__tests__,docs,example,examples,.github}/**',
    '!**/node_modules/better-sqlite3/{deps,src}/**',
    '!**/node_modules/better-sqlite3/binding.gyp',
    // C++ headers better-sqlite3 needs only to compile from source, which the prebuilds make unnecessary.
    '!**/node_modules/node-addon-api/**',
    `!**/node_modules/better-sqlite3/prebuilds/!(${prebuildPlatform}-\${arch}).node`,
    // The report's fonts (electron/reports/pdf/fonts.ts) of the DejaVu family; the other 18 stay out.
    `!**/node_modules/dejavu-fonts-ttf/ttf/!(${reportFonts.join('|')})`,
    // Browser and standalone builds of the PDF libraries; Node loads their CommonJS/ESM builds.
    '!**/node_modules/{pdfkit,fontkit}/**/*{browser,standalone}*',
    '!**/node_modules/svg-to-pdfkit/{examples,notes}/**',
    '!**/node_modules/pdfkit/{.yarn,tools,types}/**',
    '!**/node_modules/pdfkit/js/*.old.*',
  ];
}

const config: Configuration = {
  appId: 'com.cashflowmonitor.desktop',
  productName: 'Cashflow Monitor',
  executableName: 'cashflow-monitor',
  copyright: 'Copyright © 2026 Cashflow Monitor team',
  directories: { output: 'release/${version}', buildResources: 'build' },
  // No top-level `files`: electron-builder would copy its matches in addition to a platform's list,
  // so each platform names its own (appFiles) and nothing else reaches the package.
  asarUnpack: ['**/node_modules/better-sqlite3/prebuilds/*.node'],
  // The `cashflow` launchers that run the installed app in CLI mode (resources/bin).
  extraResources: [{ from: 'build/cli', to: 'bin' }],
  npmRebuild: false,
  artifactName: 'cashflow-monitor-${version}-${os}-${arch}.${ext}',
  // Flipped before signing: no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect in the shipped app,
  // cookies encrypted, and code loaded only from an app.asar whose integrity is checked.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    icon: 'build/icons/icon.ico',
    files: appFiles('win32'),
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'Cashflow Monitor',
  },
  mac: {
    icon: 'build/icons/icon.icns',
    category: 'public.app-category.finance',
    files: appFiles('darwin'),
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    hardenedRuntime: true,
    // Takes effect only when APPLE_API_KEY / APPLE_API_KEY_ID / APPLE_API_ISSUER or APPLE_ID /
    // APPLE_APP_SPECIFIC_PASSWORD / APPLE_TEAM_ID are set.
    notarize: true,
  },
  dmg: { title: 'Cashflow Monitor ${version}' },
  linux: {
    icon: 'build/icons/png',
    executableName: 'cashflow-monitor',
    category: 'Office;Finance',
    maintainer: 'Cashflow Monitor team <team@cashflow-monitor.invalid>',
    synopsis: 'Offline cash-flow monitoring of corporate clients',
    files: appFiles('linux'),
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
  },
};

export default config;
