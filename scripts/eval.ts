// `npm run eval`: scores the engine on every labelled article in ../shared/corpus.
// Each article goes through the analyze CLI (so .html pages get the browser's article extraction),
// then ../shared/tools/score-gold.mjs scores it. Prints a per-article table and the macro average.
// usage: npm run eval [-- --verbose]   (--verbose also prints misses and spurious actors)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = '../shared/corpus';
const SCORER = '../shared/tools/score-gold.mjs';
const verbose = process.argv.includes('--verbose');

interface Score {
  actors: { precision: number; recall: number; f1: number; found: number; gold: number; system: number };
  aliases: { recall: number; total: number };
  descriptors: { recall: number; precision: number; gold: number };
  expansions: { recall: number; total: number };
  kinds: { accuracy: number };
  missed: string[]; spurious: string[]; aliasMiss: string[]; descMiss: string[];
}

const work = mkdtempSync(join(tmpdir(), 'dramatis-eval-'));
const rows: { name: string; s: Score }[] = [];
for (const goldFile of readdirSync(CORPUS).filter((f) => f.endsWith('.gold.json')).sort()) {
  const name = goldFile.replace(/\.gold\.json$/, '');
  const article = ['.txt', '.html'].map((ext) => join(CORPUS, name + ext)).find((f) => existsSync(f));
  if (!article) { console.error(`eval: no article for ${goldFile}`); continue; }
  const dataset = execFileSync('npx', ['tsx', 'scripts/analyze.ts', article], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const systemFile = join(work, `${name}.system.json`);
  writeFileSync(systemFile, dataset);
  const s = JSON.parse(execFileSync('node', [SCORER, join(CORPUS, goldFile), systemFile, '--json'], { encoding: 'utf8' })) as Score;
  rows.push({ name, s });
}

const f = (x: number): string => x.toFixed(3);
const header = ['article', 'actP', 'actR', 'actF1', 'alias', 'descR', 'descP', 'expan', 'kinds'];
const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(26) : c.padStart(6))).join(' ');
console.log(line(header));
const cols = (s: Score): number[] => [s.actors.precision, s.actors.recall, s.actors.f1, s.aliases.recall, s.descriptors.recall, s.descriptors.precision, s.expansions.recall, s.kinds.accuracy];
for (const { name, s } of rows) console.log(line([name, ...cols(s).map(f)]));
const macro = cols(rows[0]!.s).map((_, k) => rows.reduce((sum, r) => sum + cols(r.s)[k]!, 0) / rows.length);
console.log(line(['macro average', ...macro.map(f)]));
console.log('targets: actor F1 ≥ 0.90, aliases ≥ 0.90, descriptors R ≥ 0.75 & P ≥ 0.70, expansions ≥ 0.90, kinds ≥ 0.90');
if (verbose) {
  for (const { name, s } of rows) {
    console.log(`\n## ${name}`);
    for (const k of ['missed', 'spurious', 'aliasMiss', 'descMiss'] as const) if (s[k].length) console.log(`${k}: ${s[k].join(' | ')}`);
  }
}
