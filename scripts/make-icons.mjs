// Generates every icon the installers need from the one vector source, build/icon.svg, with icon-gen:
// build/icons/icon.ico (Windows), build/icons/icon.icns (macOS) and build/icons/png/NxN.png (Linux).
// Run by the dist scripts; the output is not committed.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconGen from 'icon-gen';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'build', 'icon.svg');
const out = join(root, 'build', 'icons');
const pngDir = join(out, 'png');
const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

rmSync(out, { recursive: true, force: true });
mkdirSync(pngDir, { recursive: true });
await iconGen(source, out, {
  ico: { name: 'icon', sizes: [16, 24, 32, 48, 64, 128, 256] },
  icns: { name: 'icon', sizes: [16, 32, 64, 128, 256, 512, 1024] },
  favicon: { name: 'size-', pngSizes, icoSizes: [] },
});
// electron-builder reads a Linux icon set as a folder of NxN.png files.
for (const file of readdirSync(out)) {
  const match = /^size-(\d+)\.png$/.exec(file);
  if (match) renameSync(join(out, file), join(pngDir, `${match[1]}x${match[1]}.png`));
}
for (const stray of ['size-.ico', 'favicon.ico']) rmSync(join(out, stray), { force: true });
process.stdout.write(`icons: ${readdirSync(out).join(', ')}; png ${readdirSync(pngDir).length} sizes\n`);
