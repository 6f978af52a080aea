// Stage 0: is this English? The declared language (page lang attribute) wins when given;
// otherwise common-word counts decide: text in a non-Latin script, or text where the commonest words
// of another language clearly outnumber the English ones, is not English. Text with few function
// words of any language (tables, lists of names) is treated as English.
import { isLetterChar } from './characters';
import { ENGLISH_MARKERS, OTHER_LANGUAGE_MARKERS } from './lexicons/function-words';

/** Marker word → bit set of languages (bit 0 = English, then OTHER_LANGS in order). */
const OTHER_LANGS = Object.keys(OTHER_LANGUAGE_MARKERS);
const MARKERS = new Map<string, number>();
for (const w of ENGLISH_MARKERS) MARKERS.set(w, 1);
OTHER_LANGS.forEach((lang, i) => { for (const w of OTHER_LANGUAGE_MARKERS[lang]!) MARKERS.set(w, (MARKERS.get(w) ?? 0) | (2 << i)); });
const NON_LATIN = /(?![\u0000-\u024f\u1e00-\u1eff])\p{L}/gu;
/** Short ASCII words are looked up by a number made from their letters (5 bits each, case folded:
 *  a = 1 … z = 26), not by a new lower-cased string: this runs on every word of the sample. Six
 *  letters fit a small integer; the key is unique because no letter packs to 0. */
const MAX_PACKED_LENGTH = 6;
function packedKey(lowerAscii: string): number {
  let key = 0;
  for (let i = 0; i < lowerAscii.length; i++) key = key * 32 + (lowerAscii.charCodeAt(i) - 96);
  return key;
}
const PACKED_MARKERS = new Map<number, number>();
for (const [word, bits] of MARKERS) if (word.length <= MAX_PACKED_LENGTH && /^[a-z]+$/u.test(word)) PACKED_MARKERS.set(packedKey(word), bits);
/** Longest marker word; a longer word cannot be one (lower-casing never shortens a string). */
const MAX_MARKER_LENGTH = Math.max(...[...MARKERS.keys()].map((w) => w.length));
/** Texts with fewer words than this are not judged (too short); they are analyzed as English. */
const MIN_WORDS_TO_JUDGE = 20;
/** Words sampled for detection; enough to be sure, bounded for speed on huge pages. */
const SAMPLE_WORDS = 800;
/** Another language must have this many times the English marker count, and this share of all words. */
const OTHER_LANGUAGE_RATIO = 2;
const OTHER_LANGUAGE_MIN_SHARE = 0.1;
/** Share of letters outside Latin scripts above which the text is not English. */
const NON_LATIN_MAX_SHARE = 0.5;

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch' };

/** Whether the UTF-16 unit at i is a letter; the character string is only made outside ASCII. */
function isWordLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return isLetterChar(text[i]!);
}

/** Whether text before end has a character NON_LATIN could match: outside Latin (which it excludes)
 *  and outside General Punctuation (curly quotes, dashes; no letters there). */
function mayHaveNonLatin(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x206f)) continue;
    return true;
  }
  return false;
}

export interface LanguageVerdict { lang: string; supported: boolean; reason?: string }

/** Primary subtag of a BCP 47 tag ("de-DE" → "de"). */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
}

function unsupported(lang: string, what: string): LanguageVerdict {
  return { lang, supported: false, reason: `${what}; Dramatis only understands English so far.` };
}

export function detectLanguage(text: string, declared?: string): LanguageVerdict {
  if (declared && declared.trim()) {
    const lang = primaryLanguage(declared);
    if (lang && lang !== 'en' && lang !== 'und' && lang !== 'mul' && lang !== 'zxx') {
      return unsupported(lang, `This page is in ${LANGUAGE_NAMES[lang] ?? `"${declared.trim()}"`}`);
    }
  }
  let words = 0;
  let english = 0;
  const other = new Map<string, number>();
  let letters = 0;
  let sampleEnd = text.length;
  // Words = runs of letters; scanned by hand (ASCII fast path) rather than with a Unicode regex.
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && !isWordLetterAt(text, i)) i++;
    const start = i;
    // The word's letters packed into a number (see packedKey) while it is short and ASCII.
    let key = 0;
    let packable = true;
    while (i < n && isWordLetterAt(text, i)) {
      const code = text.charCodeAt(i);
      if (code < 128 && i - start < MAX_PACKED_LENGTH) key = key * 32 + ((code | 0x20) - 96);
      else packable = false;
      i++;
    }
    if (i === start) break;
    words++;
    letters += i - start;
    if (i - start < 12 && i - start <= MAX_MARKER_LENGTH) {
      const bits = (packable ? PACKED_MARKERS.get(key) : MARKERS.get(text.slice(start, i).toLowerCase())) ?? 0;
      if (bits & 1) english++;
      if (bits > 1) for (let k = 0; k < OTHER_LANGS.length; k++) if (bits & (2 << k)) other.set(OTHER_LANGS[k]!, (other.get(OTHER_LANGS[k]!) ?? 0) + 1);
    }
    if (words >= SAMPLE_WORDS) { sampleEnd = i; break; }
  }
  // The Unicode regex is only needed when the sample has characters that could be non-Latin letters.
  const nonLatin = mayHaveNonLatin(text, sampleEnd) ? (text.slice(0, sampleEnd).match(NON_LATIN)?.length ?? 0) : 0;
  if (letters > 0 && nonLatin / letters > NON_LATIN_MAX_SHARE) return unsupported('und', 'This text is not in the Latin alphabet');
  if (words >= MIN_WORDS_TO_JUDGE) {
    let best = '';
    let bestCount = 0;
    for (const [lang, n] of other) if (n > bestCount) { best = lang; bestCount = n; }
    if (best && bestCount >= english * OTHER_LANGUAGE_RATIO && bestCount / words >= OTHER_LANGUAGE_MIN_SHARE) {
      return unsupported(best, `This text looks like ${LANGUAGE_NAMES[best] ?? best}`);
    }
  }
  return { lang: 'en', supported: true };
}
