// `npm run bench:page`: the overlay's cost on real pages, in real Chromium (a measurement, not
// a test). For each corpus page and a generated 2 MB article it prints:
//   - ms from the content script's start to highlights shown (performance marks
//     'dramatis:start' → 'dramatis:highlighted', set by entrypoints/content/overlay.ts),
//   - the longest main-thread task that ran extension code (CDP trace: a RunTask that
//     contains a call into chrome-extension:// script), and how many such tasks passed 50 ms,
//   - the content script's size, gzipped.
// Each page is loaded twice: the first load warms the background (engine + store), the second
// is measured (and is also what a reader who opens the page again gets: a stored analysis).
// The marks exist only in development builds (release builds leave nothing in the page's
// timeline), so this builds one to .output-bench/ first; the content script's size is the
// release build's (.output/chrome-mv3, built too when missing).
// usage: npm run bench:page
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { EXTENSION_DIR, findChrome, INSTALL_HINT, launchWithExtension, serveDirectory } from './browser.mjs';
import { bigArticleHtml } from '../tests/e2e/fixtures/big-article.mjs';

const CORPUS = 'tests/corpus';
/** Every corpus page kept as served (folders with a source.html). */
const CORPUS_PAGES = readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'source.html'))).sort();
/** A task at least this long is a "long task" (the web's definition). */
const LONG_TASK_MS = 50;
const GOALS = { highlightMs: 150, taskMs: LONG_TASK_MS, gzipKb: 60 };

/** Builds the extension (development mode: with performance marks) into `outDir`. */
function build(outDir, mode) {
  const result = spawnSync('npx', ['wxt', 'build', '--mode', mode], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WXT_OUT_DIR: outDir } });
  if (result.status !== 0) throw new Error(`wxt build --mode ${mode} failed`);
}
const BENCH_DIR = '.output-bench';
build(BENCH_DIR, 'development');
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) build('.output', 'production');
const benchExtension = join(BENCH_DIR, 'chrome-mv3');

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/** Collects a Chromium trace of the page's main thread while `action` runs. */
async function traced(cdp, action) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  await action();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/**
 * For each top-level main-thread task, the time (ms) the extension's own script ran in it
 * (the union of script events — EvaluateScript, FunctionCall, timers — whose URL is
 * chrome-extension://, including the style and layout they force), longest first. A task's
 * full length would also count the page's own parsing and layout that share it, and tasks
 * the browser runs nested inside a script event (a nested RunTask) are not the script's.
 */
/**
 * For each top-level main-thread task that ran extension script: the time that script took
 * (outermost trace events — EvaluateScript, FunctionCall, timers — whose URL is
 * chrome-extension://, including the style and layout they force), as wall-clock ms and as
 * the thread's CPU ms (wall time also counts time the OS gave the core to someone else,
 * which on a shared machine can double it). Longest first, by wall time.
 */
function extensionTasks(events) {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const thread = (e) => `${e.pid}:${e.tid}`;
  const onMain = events.filter((e) => mainThreads.has(thread(e)) && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const calls = onMain
    .filter((e) => String(e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Outermost calls only: a FunctionCall inside our EvaluateScript is not counted twice.
  const outermost = [];
  for (const call of calls) {
    const last = outermost.findLast((other) => thread(other) === thread(call));
    if (!last || call.ts >= last.ts + last.dur) outermost.push(call);
  }
  const byTask = new Map();
  for (const call of outermost) {
    const task = tasks.findLast((candidate) => thread(candidate) === thread(call) && candidate.ts <= call.ts && call.ts <= candidate.ts + candidate.dur);
    const key = task ?? call;
    const entry = byTask.get(key) ?? { wall: 0, cpu: 0, names: [] };
    entry.wall += call.dur / 1000;
    entry.cpu += (call.tdur ?? call.dur) / 1000;
    entry.names.push(`${call.name} ${(call.dur / 1000).toFixed(1)}`);
    byTask.set(key, entry);
  }
  const result = [...byTask.values()].sort((a, b) => b.wall - a.wall);
  if (process.env.BENCH_VERBOSE) for (const entry of result.slice(0, 3)) console.error(`  task: ${entry.wall.toFixed(1)} ms wall, ${entry.cpu.toFixed(1)} ms cpu: ${entry.names.join(', ')}`);
  return result;
}

async function measure(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let timing = null;
  const events = await traced(cdp, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('dramatis:highlighted').length > 0, null, { timeout: 120_000, polling: 50 });
    timing = await page.evaluate(() => {
      const start = performance.getEntriesByName('dramatis:start')[0];
      const shown = performance.getEntriesByName('dramatis:highlighted')[0];
      const at = (name) => (performance.getEntriesByName(name)[0]?.startTime ?? NaN) - start.startTime;
      return {
        ms: shown.startTime - start.startTime,
        extractedMs: at('dramatis:extracted'),
        answeredMs: at('dramatis:answered'),
        highlights: shown.detail?.highlights ?? 0,
      };
    });
    // Let the card code and any trailing work settle into the trace.
    await page.waitForTimeout(300);
  });
  await page.close();
  const tasks = extensionTasks(events);
  return {
    ...timing,
    longestTaskMs: tasks[0]?.wall ?? 0,
    longestTaskCpuMs: Math.max(0, ...tasks.map((task) => task.cpu)),
    longTasks: tasks.filter((task) => task.wall > LONG_TASK_MS).length,
  };
}

const work = mkdtempSync(join(tmpdir(), 'dramatis-bench-'));
writeFileSync(join(work, 'big-article.html'), bigArticleHtml());
const corpus = await serveDirectory(CORPUS);
const generated = await serveDirectory(work);
const browser = await launchWithExtension({ executablePath, extensionDir: benchExtension });
await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());

const targets = [
  ...CORPUS_PAGES.map((name) => ({ name, url: `${corpus.url}/${name}/source.html` })),
  { name: 'big-article (2 MB)', url: `${generated.url}/big-article.html` },
];
const rows = [];
try {
  for (const target of targets) {
    const first = await measure(browser.context, target.url);
    const again = await measure(browser.context, target.url);
    rows.push({ name: target.name, first, again });
  }
} finally {
  await browser.close();
  await corpus.close();
  await generated.close();
  rmSync(work, { recursive: true, force: true });
}

// Pages without an article: how long the content script takes to decide there is none.
const fixtures = await serveDirectory('tests/e2e/fixtures');
const quiet = await launchWithExtension({ executablePath, extensionDir: benchExtension });
const noArticle = [];
try {
  for (const name of ['search', 'login', 'app']) {
    const page = await quiet.context.newPage();
    await page.goto(`${fixtures.url}/${name}.html`);
    await page.waitForFunction(() => performance.getEntriesByName('dramatis:extracted').length > 0, null, { timeout: 30_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('dramatis:extracted')[0].startTime - performance.getEntriesByName('dramatis:start')[0].startTime);
    const highlighted = await page.evaluate(() => performance.getEntriesByName('dramatis:highlighted').length > 0);
    noArticle.push({ name, ms, highlighted });
    await page.close();
  }
} finally {
  await quiet.close();
  await fixtures.close();
}

const contentScript = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
const gzipKb = gzipSync(contentScript, { level: 9 }).length / 1024;

const pad = (value, width) => String(value).padStart(width);
console.log(`${'page'.padEnd(20)} ${pad('highlights', 10)} ${pad('first ms', 9)} ${pad('again ms', 9)} ${pad('longest task ms', 16)} ${pad('(cpu ms)', 9)} ${pad('tasks>50ms', 10)}`);
for (const { name, first, again } of rows) {
  const longest = Math.max(first.longestTaskMs, again.longestTaskMs);
  const longestCpu = Math.max(first.longestTaskCpuMs, again.longestTaskCpuMs);
  console.log(
    `${name.padEnd(20)} ${pad(again.highlights, 10)} ${pad(first.ms.toFixed(0), 9)} ${pad(again.ms.toFixed(0), 9)} ${pad(longest.toFixed(1), 16)} ${pad(longestCpu.toFixed(1), 9)} ${pad(first.longTasks + again.longTasks, 10)}`,
  );
}
console.log('first: the first visit (the background analyses the page); again: a second visit (stored analysis).');
console.log('\nwhere the time goes on the second visit (ms from content-script start):');
for (const { name, again } of rows) {
  console.log(`${name.padEnd(20)} extracted ${again.extractedMs.toFixed(0).padStart(5)}  answered ${again.answeredMs.toFixed(0).padStart(5)}  highlighted ${again.ms.toFixed(0).padStart(5)}`);
}
console.log(`\npages without an article: ${noArticle.map((row) => `${row.name} ${row.ms.toFixed(1)} ms to decide${row.highlighted ? ' (HIGHLIGHTED!)' : ''}`).join(', ')}`);
console.log(`content script: ${(contentScript.length / 1024).toFixed(1)} KB, ${gzipKb.toFixed(1)} KB gzipped`);
console.log(`goals: highlights ≤${GOALS.highlightMs} ms on corpus pages, no extension task >${GOALS.taskMs} ms, content script ≤${GOALS.gzipKb} KB gzipped`);
