// Stage 0: is this English? The declared language (page lang attribute) wins when given;
// otherwise the share of common English function words among the text's words decides.
import { ENGLISH_MARKERS } from './lexicons/function-words';

const MARKERS: ReadonlySet<string> = new Set(ENGLISH_MARKERS);
/** Below this share of English marker words (per word) a text is not English. News English is ~0.25–0.35. */
const MIN_ENGLISH_MARKER_SHARE = 0.08;
/** Texts with fewer words than this are assumed English (too short to judge). */
const MIN_WORDS_TO_JUDGE = 30;
/** Words sampled for detection; enough to be sure, bounded for speed on huge pages. */
const SAMPLE_WORDS = 2000;

export interface LanguageVerdict { lang: string; supported: boolean; reason?: string }

/** Primary subtag of a BCP 47 tag ("de-DE" → "de"). */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
}

export function detectLanguage(text: string, declared?: string): LanguageVerdict {
  if (declared && declared.trim()) {
    const lang = primaryLanguage(declared);
    if (lang && lang !== 'en' && lang !== 'und') {
      return { lang, supported: false, reason: `The page is in "${declared.trim()}"; only English is supported so far.` };
    }
  }
  let words = 0;
  let markers = 0;
  let nonLatin = 0;
  let letters = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    words++;
    letters += w.length;
    if (MARKERS.has(w.toLowerCase())) markers++;
    if (/[^\u0000-\u024f\u1e00-\u1eff]/u.test(w)) nonLatin += w.length;
    if (words >= SAMPLE_WORDS) break;
  }
  if (letters > 0 && nonLatin / letters > 0.5) {
    return { lang: 'und', supported: false, reason: 'The text is mostly in a non-Latin script; only English is supported so far.' };
  }
  if (words >= MIN_WORDS_TO_JUDGE && markers / words < MIN_ENGLISH_MARKER_SHARE) {
    return { lang: 'und', supported: false, reason: 'The text does not look like English; only English is supported so far.' };
  }
  return { lang: 'en', supported: true };
}
