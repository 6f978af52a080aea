// `node scripts/run.mjs compromise-actors FILE`: the baseline the CLI is compared with as a whole
// process (README, docs/ENGINE.md). Reads a text file and prints the people, organizations and
// places compromise finds in it, as JSON. Not part of the product.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/run.mjs compromise-actors FILE.txt\n');
  process.exit(2);
}
const doc = nlp(readFileSync(file, 'utf8'));
const actors = {
  people: doc.people().out('array') as string[],
  organizations: doc.organizations().out('array') as string[],
  places: doc.places().out('array') as string[],
};
process.stdout.write(`${JSON.stringify(actors)}\n`);
