// `npm run -s analyze -- FILE` prints the ArticleDataset of an .html or .txt article as JSON.
// `npm run -s analyze -- --text FILE` prints the article text the extension would read from an
// HTML file (headline first, then the body), so extraction can be checked from outside.
// `npm run -s analyze -- --jsonl` reads {"id","text"} lines on stdin and writes one
// {"id","actors","mentions"} line per input line. Errors go to stderr, never as stack traces.
// `node scripts/run.mjs analyze …` is the same without npm's own start-up.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { analyzeText, buildDataset, type EngineResult } from '../lib/engine';
import { extractArticle } from '../lib/page/extract-article';

const USAGE = [
  'usage: npm run -s analyze -- FILE(.html|.txt)     the dataset as JSON',
  '       npm run -s analyze -- --text FILE(.html)   the article text the extension reads',
  '       npm run -s analyze -- --jsonl < lines.jsonl',
].join('\n');

class InputError extends Error {}

/** Reads a file as UTF-8 text, refusing binaries with a clear message. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new InputError(`cannot read ${file}: ${reason}`);
  }
  if (bytes.includes(0)) throw new InputError(`${file} is not a text file (it contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${file} is not valid UTF-8 text`);
  }
}

/** An article file as the engine sees it: HTML goes through the same extraction as the page. */
export async function articleFromFile(file: string): Promise<{ url: string; title: string; lang: string; text: string }> {
  const content = readText(file);
  const url = pathToFileURL(resolve(file)).href;
  const extension = extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') {
    // The DOM parser is loaded only for HTML: a text file needs none of it.
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(content);
    const article = extractArticle(document as unknown as Document);
    if (!article) {
      process.stderr.write(`analyze: no article body found in ${file}; nothing to analyze\n`);
      return { url, title: document.title ?? '', lang: '', text: '' };
    }
    return { url, title: article.title, lang: article.lang, text: article.map.text };
  }
  return { url, title: '', lang: '', text: content };
}

async function analyzeFile(file: string): Promise<void> {
  const dataset = buildDataset(await articleFromFile(file));
  process.stdout.write(`${JSON.stringify(dataset, null, 2)}\n`);
}

/** The --jsonl output line for one result: mentions carry their actor's kind and name. */
function toJsonlRecord(id: unknown, result: EngineResult): object {
  const byId = new Map(result.actors.map((actor) => [actor.id, actor]));
  return {
    id,
    actors: result.actors,
    mentions: result.mentions.map((mention) => {
      const actor = byId.get(mention.actorId);
      return { start: mention.start, end: mention.end, kind: actor?.kind ?? 'other', actor: actor?.name ?? mention.actorId };
    }),
  };
}

async function analyzeJsonl(): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const fail = (reason: string) => {
      failures++;
      process.stderr.write(`analyze: line ${lineNumber}: ${reason}\n`);
    };
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      fail(`invalid JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      fail('expected an object like {"id": "...", "text": "..."}');
      continue;
    }
    const { id, text, lang } = record as Record<string, unknown>;
    if (typeof text !== 'string') {
      fail('"text" must be a string');
      continue;
    }
    if (typeof id !== 'string' && typeof id !== 'number') {
      fail('"id" must be a string or a number');
      continue;
    }
    const result = analyzeText(text, typeof lang === 'string' ? { lang } : {});
    process.stdout.write(`${JSON.stringify(toJsonlRecord(id, result))}\n`);
  }
  return failures === 0 ? 0 : 1;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length === 1 && args[0] === '--jsonl') return analyzeJsonl();
  if (args.length === 2 && args[0] === '--text' && !args[1]!.startsWith('-')) {
    const { text } = await articleFromFile(args[1]!);
    process.stdout.write(`${text}\n`);
    return text === '' ? 1 : 0;
  }
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new InputError(USAGE);
  await analyzeFile(args[0]!);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof InputError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`analyze: ${message}\n`);
    process.exitCode = error instanceof InputError ? 2 : 1;
  },
);
