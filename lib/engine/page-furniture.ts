// Page furniture inside the article's text: bylines, photo and agency credits, datelines, closing
// author lines and boxes, and widget lines ("Follow X on Twitter", copyright notices). Names on
// these tokens are not actors of the story (the labelling rules' "page furniture").
import { CUE, hasFlag, tokenHasFlag } from './lexicon';
import { isAllCaps, isCapitalized, type Token } from './tokenize';

/** A line opening with "By" is a byline when it is at most this many tokens long. */
const MAX_BYLINE_TOKENS = 16;

function isDash(t: Token): boolean {
  return t.form === '-' || t.form === '\u2014' || t.form === '\u2013' || t.form === '--';
}

/** Bylines and credits: "By X and Y", "Photograph: X/Agency", "(Video by X)", "… | REUTERS". */
export function findCredits(tokens: readonly Token[]): Uint8Array {
  const inCredit = new Uint8Array(tokens.length);
  const markToLineEnd = (from: number, stopAtBracket: boolean): void => {
    for (let k = from; k < tokens.length && (k === from || !tokens[k]!.lineBefore); k++) {
      if (stopAtBracket && tokens[k]!.form === ')') break;
      inCredit[k] = 1;
    }
  };
  let lineStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineBefore || i === 0) lineStart = i;
    // "By Jane Doe …" on a short line of its own.
    if (i === lineStart && t.lower === 'by') {
      let end = i + 1;
      while (end < tokens.length && !tokens[end]!.lineBefore) end++;
      if (end - i <= MAX_BYLINE_TOKENS) markToLineEnd(i, false);
    }
    // "Getty Images", "AFP via Getty Images", "AP Photo": a line that is only an agency's credit.
    if (i === lineStart && tokenHasFlag(t, CUE.AGENCY) && isCapitalized(t)) {
      let end = i + 1;
      while (end < tokens.length && !tokens[end]!.lineBefore && end - i <= MAX_CREDIT_LINE_TOKENS && (tokenHasFlag(tokens[end]!, CUE.AGENCY) || CREDIT_LINE_WORDS.has(tokens[end]!.lower))) end++;
      if (end === tokens.length || tokens[end]!.lineBefore) inCredit.fill(1, i, end);
    }
    // "Photograph: …", "Photo by …", "(Video by …)"
    if (tokenHasFlag(t, CUE.CREDIT) && isCapitalized(t)) {
      const next = tokens[i + 1];
      if (next && !next.lineBefore && (next.form === ':' || next.lower === 'by')) markToLineEnd(i, tokens[i - 1]?.form === '(');
    }
    // Dateline: "SAN FRANCISCO (Reuters) -" at the start of a line.
    if (i === lineStart) {
      let k = i;
      while (k < tokens.length && k - i < 5 && isAllCaps(tokens[k]!) && (k === i || !tokens[k]!.lineBefore)) k++;
      if (k > i && tokens[k]?.form === '(' && !tokens[k]!.lineBefore) {
        let close = k + 1;
        while (close < tokens.length && close - k < 5 && tokens[close]!.form !== ')' && !tokens[close]!.lineBefore) close++;
        const dash = tokens[close + 1];
        if (tokens[close]?.form === ')' && dash && isDash(dash)) inCredit.fill(1, i, close + 2);
      }
      // "LISBON —", "KYIV, Ukraine —": a place in capitals, maybe with its region, then a dash.
      let end = k;
      if (k > i && tokens[k]?.form === ',' && !tokens[k]!.lineBefore) {
        end = k + 1;
        while (end < tokens.length && end - k <= 3 && isCapitalized(tokens[end]) && !tokens[end]!.lineBefore) end++;
        // "Ore.", "Calif.": a region's abbreviation keeps its period.
        if (end > k + 1 && tokens[end]?.form === '.' && tokens[end]!.start === tokens[end - 1]!.end) end++;
        if (end === k + 1) end = k;
        // "EASTBROOK, Ore. (AP) —": the agency after the region.
        else if (tokens[end]?.form === '(' && tokens[end + 2]?.form === ')' && tokenHasFlag(tokens[end + 1]!, CUE.AGENCY)) end += 3;
      }
      // The story's first sentence starts after it: not "NATO — the alliance — met", nor a headline
      // in capitals ("SOCCER - JAPAN WIN").
      if (k > i && tokens[end] && !tokens[end]!.lineBefore && isDash(tokens[end]!) && (k - i > 1 || tokens[i]!.form.length > 2) && isCapitalized(tokens[end + 1])
        && (!isAllCaps(tokens[end + 1]!) || tokens[end + 1]!.form.length === 1)) inCredit.fill(1, i, end + 1);
    }
    // "… | REUTERS" at the end of a caption.
    if (t.form === '|' && !tokens[i + 1]?.lineBefore) {
      let end = i + 1;
      while (end < tokens.length && !tokens[end]!.lineBefore) end++;
      if (end - i <= 6) markToLineEnd(i, false);
    }
    // "CreditJane Doe", "© Provided by …": a credit run into its name, a copyright line.
    if (GLUED_CREDIT.test(t.form) || t.form === '\u00a9') markToLineEnd(i, false);
    // "(AP)", "(Reuters)", "via Getty Images": an agency signing a picture.
    if (tokenHasFlag(t, CUE.AGENCY) && isCapitalized(t)) {
      if (tokens[i - 1]?.form === '(' && (tokens[i + 1]?.form === ')' || tokens[i + 2]?.form === ')')) inCredit.fill(1, i - 1, tokens[i + 1]?.form === ')' ? i + 2 : i + 3);
      if (tokens[i - 1]?.lower === 'via') markToLineEnd(i - 1, false);
    }
    if (isSlash(t)) markSlashCredit(tokens, i, inCredit);
  }
  markAuthorLines(tokens, inCredit);
  return inCredit;
}

/** Longest line that is only an agency's credit ("AFP via Getty Images"), in tokens. */
const MAX_CREDIT_LINE_TOKENS = 5;
/** Words such a line may hold beside agency names. */
const CREDIT_LINE_WORDS = new Set(['images', 'image', 'photo', 'photos', 'pictures', 'via', '/', '-', 'file', 'pool']);

/** "CreditJane Doe", "PhotoJohn Smith": a credit label the page's markup ran into the name. */
const GLUED_CREDIT = /^(?:Credit|Photo|Image|Photograph)(?:Credit)?\p{Lu}/u;

function isSlash(t: Token): boolean {
  // The cheap test first: most tokens have no slash at all (this runs on every token).
  return t.form === '/' || (t.form.includes('/') && /\p{L}\/\p{L}/u.test(t.form));
}

/**
 * "Benoit Tessier/Reuters", "(John Minchillo / AP)", "JIM WATSON/AFP/Getty Images": names joined
 * by a slash sign a picture when an agency signs with them or the signature ends its line. The
 * capitalized run before the slash and everything after it on the line (or in the bracket) is credit.
 */
function markSlashCredit(tokens: readonly Token[], at: number, inCredit: Uint8Array): void {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  const slash = tokens[at]!;
  const joined = slash.form !== '/';
  if (!joined && (!before || !after || !isCapitalized(before) || !isCapitalized(after) || after.lineBefore)) return;
  let end = joined ? at + 1 : at + 2;
  // "(Jane Doe/ Space Agency Press Service photo via AP)": names, slashes, "via" and credit words.
  while (end < tokens.length && !tokens[end]!.lineBefore && tokens[end]!.form !== ')' && (isCapitalized(tokens[end]) || isSlash(tokens[end]!) || tokens[end]!.lower === 'via' || tokens[end]!.form === ','
    || tokenHasFlag(tokens[end]!, CUE.CREDIT))) end++;
  const agency = tokens.slice(at, end).some((k) => tokenHasFlag(k, CUE.AGENCY)) || joined && slash.form.split('/').some((part) => hasFlag(part.toLowerCase(), CUE.AGENCY));
  const endsLine = end >= tokens.length || tokens[end]!.lineBefore || tokens[end]!.form === ')';
  if (!agency && !endsLine) return;
  let first = at;
  while (first > 0 && isCapitalized(tokens[first - 1]) && !tokens[first]!.lineBefore) first--;
  if (first > 0 && tokens[first - 1]!.lower === 'by') first--;
  inCredit.fill(1, first, end);
}

/** Closing author lines may sit this many lines from the end of the text. */
const AUTHOR_LINE_WINDOW = 3;
/** An author line is short. */
const MAX_AUTHOR_LINE_TOKENS = 45;

/**
 * Lines about the article rather than in it: "Jane Doe is a features reporter at …" among the
 * last lines, "X is on Twitter", "Follow X on Twitter", "X contributed to this report",
 * "This article originally appeared on …", "A version of this article appears in print …".
 */
function markAuthorLines(tokens: readonly Token[], inCredit: Uint8Array): void {
  const lineStarts: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (i === 0 || tokens[i]!.lineBefore) lineStarts.push(i);
  // Lines of an "About the author" box, after its heading.
  let authorBoxUntil = -1;
  lineStarts.forEach((start, n) => {
    const end = lineStarts[n + 1] ?? tokens.length;
    if (end - start > MAX_AUTHOR_LINE_TOKENS) return;
    const words = tokens.slice(start, end).map((k) => k.lower);
    const text = ` ${words.join(' ')} `;
    if (/^ about the authors? (?:: )?$/u.test(text)) authorBoxUntil = n + AUTHOR_BOX_LINES;
    if (n <= authorBoxUntil) { inCredit.fill(1, start, end); return; }
    // (Never the opening line: a story that opens "Ana Ruiz is the author of …" is about her.)
    const closing = n > 0 && n >= lineStarts.length - AUTHOR_LINE_WINDOW;
    // "Jane Doe is a features reporter …": a name, "is", and a journalist's role.
    let k = start;
    while (k < end && isCapitalized(tokens[k])) k++;
    const bio = closing && k > start && tokens[k]?.lower === 'is' && tokens.slice(k, end).some((w) => tokenHasFlag(w, CUE.JOURNALIST));
    // "Carla Mendes covers energy for the Daily Lantern."
    const beat = closing && k > start && (tokens[k]?.lower === 'covers' || tokens[k]?.lower === 'writes') && words.includes('for');
    if (bio || beat || AUTHOR_LINE_PHRASES.some((phrase) => text.includes(phrase)) || isWidgetLine(words)) inCredit.fill(1, start, end);
  });
}

/** Lines an "About the author" box may hold (the name, a bio, a link). */
const AUTHOR_BOX_LINES = 3;

/** Social networks a "Follow X on …" line points to. */
const SOCIAL_NETWORKS = new Set(['twitter', 'x', 'facebook', 'instagram', 'threads', 'bluesky', 'linkedin', 'mastodon', 'tiktok', 'youtube']);
/** A widget line is short. */
const MAX_WIDGET_LINE_TOKENS = 16;
/** An e-mail address, as tokens ("carla @ lantern . com"). */
const EMAIL = /\S @ [\w-]+ \. [a-z]{2,}\b/u;

/**
 * A line of the page's widgets rather than the story (words in lower case): "Follow X on Twitter",
 * "Sign up for the … newsletter", "Share on Facebook", a copyright line, "Contact X at <e-mail>".
 * (A "Related: …" line in the body is read: the labels count its names as the story's.)
 */
function isWidgetLine(words: readonly string[]): boolean {
  const text = words.join(' ');
  if (words.includes('©') || /\bcopyright \d{4}\b|\ball rights reserved\b/u.test(text)) return true;
  // "Sign up for Command Line, a paid weekly newsletter from …" (a promotion may run long).
  if ((text.startsWith('sign up') || words[0] === 'subscribe') && words.includes('newsletter')) return true;
  if (words.length > MAX_WIDGET_LINE_TOKENS) return false;
  if (words[0] === 'follow' && words.some((w, i) => w === 'on' && SOCIAL_NETWORKS.has(words[i + 1] ?? ''))) return true;
  if (words[0] === 'share' && words.length <= 6) return true;
  return EMAIL.test(text);
}

/** Phrases of lines about the article (lower-case words, spaced as tokens). */
const AUTHOR_LINE_PHRASES = [' is on twitter ', ' follow her on ', ' follow him on ', ' on twitter at ', ' contributed to this report', ' contributed reporting', ' originally appeared on ', ' originally appeared in ', ' originally published ', ' appears in print ', ' was reprinted ', ' reprinted on '];
