#!/usr/bin/env node
// Packs extension/ (with the built wasm in extension/pkg/) into dist/claimlens-chrome.zip and
// dist/claimlens-firefox.zip. The source manifest serves both browsers; each zip gets the
// same files with the manifest trimmed to what that browser reads, so neither store warns:
// Chrome drops background.scripts and browser_specific_settings, Firefox drops
// background.service_worker. A small ZIP writer (deflate, CRC-32 from node:zlib) keeps this
// dependency-free; entries are sorted with a fixed timestamp, so builds are reproducible.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'extension');
const DIST = path.join(ROOT, 'dist');
/** Not shipped: type declarations from wasm-bindgen, and notes for developers. */
const LEAVE_OUT = [/\.d\.ts$/, /\.md$/, /(^|\/)\./];

function files(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .filter((name) => !LEAVE_OUT.some((re) => re.test(name)))
    .sort();
}

/** A ZIP archive of [name, Buffer] entries. */
function zip(entries) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1; // 2020-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    local.copy(central, 6, 4, 30); // version needed … name length: the same fields
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function manifestFor(browser, manifest) {
  const m = structuredClone(manifest);
  if (browser === 'chrome') {
    delete m.background.scripts;
    delete m.browser_specific_settings;
  } else {
    delete m.background.service_worker;
  }
  return Buffer.from(`${JSON.stringify(m, null, 2)}\n`);
}

const wasm = path.join(SOURCE, 'pkg', 'claimlens_bg.wasm');
if (!fs.existsSync(wasm)) {
  console.error('extension/pkg/claimlens_bg.wasm is missing: build the wasm first (make extension).');
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(path.join(SOURCE, 'manifest.json'), 'utf8'));
const names = files(SOURCE);
fs.mkdirSync(DIST, { recursive: true });
for (const browser of ['chrome', 'firefox']) {
  const entries = names.map((name) => [
    name,
    name === 'manifest.json' ? manifestFor(browser, manifest) : fs.readFileSync(path.join(SOURCE, name)),
  ]);
  const out = path.join(DIST, `claimlens-${browser}.zip`);
  fs.writeFileSync(out, zip(entries));
  console.log(`${path.relative(ROOT, out)}: ${entries.length} files, ${fs.statSync(out).size} bytes`);
}
console.log(`wasm: ${fs.statSync(wasm).size} bytes, ${zlib.gzipSync(fs.readFileSync(wasm)).length} gzipped`);
