// An article's own headline from its page title: pages append their site's name ("Storm
// closes port - The Daily Example", "Storm closes port | Business | Example News"). Cards and
// Who's who show the site apart, so the suffix goes.

/** Separators pages put between a headline and their site's name or section. */
const SEPARATOR = /\s+[-|–—·:]{1,2}\s+/gu;
/** A trailing part this short (words) is a site or section name… */
const MAX_SUFFIX_WORDS = 5;
/** …when what is left is a headline of at least this many words. */
const MIN_HEADLINE_WORDS = 3;
/** Suffixes removed at most ("| Business | Example News"). */
const MAX_SUFFIXES = 2;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The title without trailing site or section names; the title itself when that would leave too little. */
export function headlineOf(title: string): string {
  let headline = title.trim();
  for (let removed = 0; removed < MAX_SUFFIXES; removed++) {
    const separators = [...headline.matchAll(SEPARATOR)];
    const last = separators[separators.length - 1];
    if (!last || last.index === undefined) break;
    const head = headline.slice(0, last.index).trim();
    const tail = headline.slice(last.index + last[0].length).trim();
    if (wordCount(tail) > MAX_SUFFIX_WORDS || wordCount(head) < MIN_HEADLINE_WORDS) break;
    headline = head;
  }
  return headline;
}
