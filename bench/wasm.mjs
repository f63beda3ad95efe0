// Throughput of the wasm core in Node (the --target web build in extension/pkg,
// loaded with initSync), beside npm's write-good and sbd on the same texts, and the
// wasm's size. Run by `make bench` after `scripts/build-wasm.sh`. Prints; asserts nothing.
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const file = process.env.CLAIMLENS_BENCH_FILE ?? new URL('../shared/eval/news.bbc.jsonl', root).pathname;
const wasmPath = new URL('extension/pkg/claimlens_bg.wasm', root);
const gluePath = new URL('extension/pkg/claimlens.js', root);

const bytes = readFileSync(wasmPath);
// `gzip -9`, as scripts/build-wasm.sh measures (Node's zlib comes out a few KB apart).
const gz = execFileSync('gzip', ['-9', '-c'], { input: bytes, maxBuffer: 1 << 26 }).length;
console.log(`wasm size: ${(bytes.length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped (target <= 250 KB gzipped)`);

if (!existsSync(file)) {
  console.log(`bench: ${file} not found; skipping the throughput runs`);
  process.exit(0);
}
const texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;

/**
 * MB/s of `fn` over every text, by wall clock and by CPU time (the machine may be shared):
 * a warm-up on 100 texts, then whole passes for about two seconds.
 */
function measure(fn) {
  for (const t of texts.slice(0, 100)) fn(t);
  let passes = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (passes === 0 || performance.now() - start < 2000) {
    for (const t of texts) fn(t);
    passes++;
  }
  const used = process.cpuUsage(cpu);
  return { wall: (mb * passes) / ((performance.now() - start) / 1000), cpu: (mb * passes) / ((used.user + used.system) / 1e6) };
}

const glue = await import(gluePath.href);
glue.initSync({ module: bytes });
const rows = [['claimlens wasm analyze', measure((t) => glue.analyze(t)), 'target >= 20 MB/s']];
const writeGood = require('write-good');
rows.push(['npm write-good (lexical checks)', measure((t) => writeGood(t))]);
const sbd = require('sbd');
rows.push(['npm sbd (sentence split only)', measure((t) => sbd.sentences(t))]);

console.log(`Node ${process.version}, ${texts.length} texts, ${mb.toFixed(1)} MB of UTF-8 text, one thread:`);
const ours = rows[0][1];
for (const [name, m, note] of rows) {
  const ratio = name.startsWith('claimlens') ? '' : `  (claimlens is ${(ours.cpu / m.cpu).toFixed(2)}x this)`;
  console.log(`  ${name.padEnd(32)} ${m.wall.toFixed(1).padStart(6)} MB/s wall, ${m.cpu.toFixed(1).padStart(6)} MB/s of CPU time${ratio}${note ? `  ${note}` : ''}`);
}
