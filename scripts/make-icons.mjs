// Renders the application icon from build/icon.svg (24 px and up) and build/icon-small.svg (its
// 16 px grid drawing, for 16 px) into every format the installers need, with ImageMagick:
//   build/icon.png (1024), build/icons/<n>x<n>.png (Linux), build/icon.ico (Windows),
//   build/icon.icns (macOS, written here: ImageMagick 6 cannot write ICNS).
// Run `node scripts/make-icons.mjs` after editing either SVG and commit the results.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const build = resolve(import.meta.dirname, '../build');
const icons = join(build, 'icons');
mkdirSync(icons, { recursive: true });

/** Renders one size to PNG; small sizes from the pixel-grid drawing, unsmoothed. */
function render(size, file) {
  const small = size === 16;
  const svg = join(build, small ? 'icon-small.svg' : 'icon.svg');
  // Drawn at twice the size and scaled down, for smooth edges (the pixel-grid drawing at 1:1).
  const density = small ? (72 * size) / 16 : (72 * size * 2) / 256;
  const filter = small ? ['-filter', 'point'] : ['-filter', 'Lanczos'];
  // -strip drops the timestamps ImageMagick writes, so that unchanged SVGs give unchanged files.
  execFileSync('convert', ['-background', 'none', '-density', String(density), svg, ...filter, '-resize', `${size}x${size}`, '-strip', `PNG32:${file}`]);
  return file;
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const png = Object.fromEntries(sizes.map((size) => [size, render(size, join(icons, `${size}x${size}.png`))]));
writeFileSync(join(build, 'icon.png'), readFileSync(png[1024]));

execFileSync('convert', [16, 24, 32, 48, 64, 128, 256].map((size) => png[size]).concat(join(build, 'icon.ico')));

// ICNS: 'icns', total length, then (type, length incl. 8-byte header, PNG bytes) per entry.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
const entries = icnsTypes.map(([type, size]) => {
  const data = readFileSync(png[size]);
  const header = Buffer.alloc(8);
  header.write(type, 0, 'ascii');
  header.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([header, data]);
});
const body = Buffer.concat(entries);
const head = Buffer.alloc(8);
head.write('icns', 0, 'ascii');
head.writeUInt32BE(body.length + 8, 4);
writeFileSync(join(build, 'icon.icns'), Buffer.concat([head, body]));
console.log(`icons written to ${build}`);
