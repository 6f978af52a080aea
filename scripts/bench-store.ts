// `npm run bench:store`: the dataset at scale (10,000 articles, 100,000 actors) in node with
// fake-indexeddb and in Chromium with real IndexedDB. Prints p50/p95 for storing one article,
// building one actor card and a prefix search, and the database's size on disk.
//   --node / --browser   run only one of the two
//   --scale=0.1          a smaller database (quick checks)
//   --runs=300           timed runs per operation
//   --breakdown          where each operation's time goes (IndexedDB requests by table/index)
//   --profile-dir=PATH   keep Chromium's profile there and reuse its filled database next time
//   --no-backup          leave out the backup export and import (minutes at full scale)
// IndexedDB for the node run; first, so Dexie finds it when the store modules load.
import 'fake-indexeddb/auto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, INSTALL_HINT, serveDirectory } from './browser.mjs';
import { DEFAULT_BENCH, formatTiming, runStoreBench, type BenchOptions, type BenchReport } from './bench-store-workload';
import { openDatabase } from '../lib/store/db';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const scale = Number(value('scale') ?? 1);
const options: Omit<BenchOptions, 'log'> = {
  ...DEFAULT_BENCH,
  articles: Math.round(DEFAULT_BENCH.articles * scale),
  actors: Math.round(DEFAULT_BENCH.actors * scale),
  runs: Number(value('runs') ?? DEFAULT_BENCH.runs),
  breakdown: flag('breakdown'),
  skipBackup: flag('no-backup'),
};
const keptProfile = value('profile-dir');
const GOALS = { card: 5, store: 20, search: 20, whoList: 100, whoActor: 50 }; // ms, p95 in Chromium (issues 5 and 17)

function print(where: string, report: BenchReport, size: string): void {
  console.log(`\n${where}: ${report.counts.articles} articles, ${report.counts.actors} actors, ${report.counts.appearances} appearances (filled in ${report.fillSeconds} s)`);
  console.log(formatTiming('floor r', report.floor.read) + '   ← one get in a read-only transaction');
  console.log(formatTiming('floor rw', report.floor.write) + '   ← one get + put in a read-write transaction');
  console.log(formatTiming('store', report.store));
  console.log(formatTiming('tidy', report.retention) + '   ← tidyStore after each save (own transaction, after the reply): journal folded into the tables, retention');
  console.log(formatTiming('store+tidy', report.storeAndTidy) + '   ← both, per article (all the work a save causes)');
  console.log(formatTiming('card', report.card));
  console.log(formatTiming('search', report.search));
  console.log(formatTiming('who list', report.whoList) + '   ← one page of Who’s who: opening, kind/site/period filters, both sorts, a far page, typed search');
  console.log(formatTiming('who actor', report.whoActor) + '   ← one actor’s Who’s who page (articles, timeline, companions, affiliations)');
  console.log(`  size     ${size}`);
  const b = report.backup;
  if (b.parts > 0) console.log(`  backup   export ${b.megabytes} MB in ${b.parts} parts, ${b.exportSeconds} s; import into an empty database: check ${b.checkSeconds} s, apply ${b.applySeconds} s (${b.imported} articles)`);
}

async function benchNode(): Promise<void> {
  const db = openDatabase('dramatis-bench');
  const heapBefore = process.memoryUsage().heapUsed;
  console.log('node (fake-indexeddb): filling…');
  const report = await runStoreBench(db, { ...options, log: (line) => console.log(line) });
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  print('node (fake-indexeddb)', report, `in memory (no disk); heap grew by ~${heap.toFixed(0)} MB`);
  await db.delete();
}

function directorySize(path: string): number {
  let bytes = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    bytes += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return bytes;
}

async function benchBrowser(): Promise<void> {
  const executablePath = findChrome();
  if (!executablePath) {
    console.warn(`\n*** SKIPPED the Chromium run: ${INSTALL_HINT}`);
    return;
  }
  const { build } = await import('esbuild');
  const pageDir = mkdtempSync(join(tmpdir(), 'dramatis-bench-page-'));
  const profileDir = keptProfile ? resolve(keptProfile) : mkdtempSync(join(tmpdir(), 'dramatis-bench-profile-'));
  try {
    // The bench page: the store code and the workload bundled into one script (never shipped).
    const entry = join(pageDir, 'entry.ts');
    writeFileSync(
      entry,
      `import { openDatabase } from ${JSON.stringify(resolve('lib/store/db.ts'))};
       import { runStoreBench } from ${JSON.stringify(resolve('scripts/bench-store-workload.ts'))};
       (globalThis as any).runBench = async (options: any) => {
         const db = openDatabase('dramatis-bench');
         const report = await runStoreBench(db, { ...options, log: (line: string) => console.log(line) });
         const estimate = await navigator.storage.estimate();
         db.close();
         return { report, usage: estimate.usage ?? null };
       };`,
    );
    await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'chrome120', outfile: join(pageDir, 'bench.js'), logLevel: 'warning' });
    writeFileSync(join(pageDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>store bench</title><script type="module" src="bench.js"></script>');
    const server = await serveDirectory(pageDir);
    // One fixed origin (IndexedDB is per origin, and the server's port changes), so --profile-dir can reuse the data.
    const origin = 'http://dramatis-store-bench.localhost';
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-gpu', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (message) => console.log(message.text()));
      await context.route(`${origin}/**`, (route) => route.continue({ url: route.request().url().replace(origin, server.url) }));
      await page.goto(`${origin}/index.html`);
      await page.waitForFunction(() => 'runBench' in globalThis);
      console.log(`\nChromium (${executablePath}, real IndexedDB): filling…`);
      const { report, usage } = await page.evaluate((o) => (globalThis as any).runBench(o), options);
      await context.close();
      const onDisk = directorySize(join(profileDir, 'Default', 'IndexedDB'));
      print('Chromium (IndexedDB)', report as BenchReport, `${(onDisk / 2 ** 20).toFixed(1)} MB on disk (IndexedDB folder); storage.estimate() ${(Number(usage) / 2 ** 20).toFixed(1)} MB`);
      const r = report as BenchReport;
      const verdict = (name: keyof typeof GOALS) => `${name} p95 ${r[name].p95} ms ${r[name].p95 <= GOALS[name] ? '≤' : '>'} ${GOALS[name]} ms goal`;
      console.log(`  goals    ${verdict('store')}; ${verdict('card')}; ${verdict('search')}; ${verdict('whoList')}; ${verdict('whoActor')}`);
    } finally {
      await context.close().catch(() => undefined);
      await server.close();
    }
  } finally {
    rmSync(pageDir, { recursive: true, force: true });
    if (!keptProfile) rmSync(profileDir, { recursive: true, force: true });
  }
}

if (!flag('browser')) await benchNode();
if (!flag('node')) await benchBrowser();
