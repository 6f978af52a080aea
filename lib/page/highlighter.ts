// Marks mentions in the page. Where the browser has the CSS Custom Highlight API the page's
// DOM is not touched at all: the ranges go into one named Highlight and the style comes in
// through an adopted stylesheet. Where it is missing, the fallback wraps each mention's text
// in a <dramatis-mark> element and puts the page's text nodes back together on clear.
import type { HighlightStyle } from '../settings/settings';

export const HIGHLIGHT_NAME = 'dramatis-mention';
/** A short-lived mark on the text a card's "jump to" button points at. */
export const FOCUS_HIGHLIGHT_NAME = 'dramatis-focus';
export const MARK_TAG = 'dramatis-mark';

/** The look of a highlighted name: the same colors for the Highlight API and the fallback. */
const STYLE_RULES: Record<HighlightStyle, string> = {
  // A faint tint plus a dotted underline: readable on light and dark pages alike, because the
  // tint is translucent and the underline color is set per color scheme below.
  subtle: `background-color: rgb(255 196 0 / 0.18);
  text-decoration: underline dotted rgb(176 112 0 / 0.9);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;`,
  underline: `text-decoration: underline solid rgb(176 112 0);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;`,
  none: '',
};

const DARK_RULES: Record<HighlightStyle, string> = {
  subtle: `background-color: rgb(255 210 80 / 0.2); text-decoration-color: rgb(255 210 80 / 0.9);`,
  underline: `text-decoration-color: rgb(255 210 80);`,
  none: '',
};

const FOCUS_RULES = `background-color: rgb(255 196 0 / 0.55);`;

/**
 * The stylesheet for one style, aimed at `selector` (a ::highlight() or the mark tag), in the
 * colors for a light or a dark page background.
 */
export function highlightCss(style: HighlightStyle, selector: string, focusSelector: string, dark = false): string {
  const rules = `${STYLE_RULES[style]} ${dark ? DARK_RULES[style] : ''}`;
  return `
${selector} { ${rules} }
${focusSelector} { ${FOCUS_RULES} }
@media (forced-colors: active) {
  ${selector} { ${style === 'none' ? '' : 'background-color: Mark; color: MarkText; text-decoration-color: MarkText;'} }
  ${focusSelector} { background-color: Highlight; color: HighlightText; }
}`;
}

export interface Highlighter {
  /** Shows exactly these ranges (replacing what was shown). May split text nodes (fallback). */
  show(ranges: readonly Range[]): void;
  setStyle(style: HighlightStyle): void;
  /** Colors for a dark page background (light text) or a light one. */
  setDark(dark: boolean): void;
  /** Marks one range briefly (jump to mention); null removes the mark. */
  focus(range: Range | null): void;
  clear(): void;
  /** Styles the highlights inside a shadow root too (a story rendered by a web component). */
  addScope(scope: ShadowRoot): void;
  /** Fallback only: the mention index of a mark element, for hit-testing. */
  markIndexOf(node: Node): number | null;
  readonly mutatesDom: boolean;
}

/** True when this browser can highlight without touching the DOM. */
export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

type StyleScope = Document | ShadowRoot;

/**
 * Adds and removes our stylesheet in the page without a <style> element (strict CSP is fine):
 * in the document, and in the shadow root a story is rendered in (document styles do not
 * reach into shadow trees).
 */
function adoptedSheet(document: Document) {
  const sheet = new CSSStyleSheet();
  const scopes = new Set<StyleScope>([document]);
  const adoptedIn = new Set<StyleScope>();
  const adopt = (scope: StyleScope) => {
    if (adoptedIn.has(scope)) return;
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    adoptedIn.add(scope);
  };
  return {
    set(css: string) {
      sheet.replaceSync(css);
      for (const scope of scopes) adopt(scope);
    },
    addScope(scope: ShadowRoot) {
      scopes.add(scope);
      if (adoptedIn.size > 0) adopt(scope);
    },
    remove() {
      for (const scope of adoptedIn) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
      adoptedIn.clear();
      for (const scope of scopes) if (scope !== document) scopes.delete(scope);
    },
  };
}

export function createHighlighter(document: Document, style: HighlightStyle): Highlighter {
  return supportsHighlightApi() ? createApiHighlighter(document, style) : createWrappingHighlighter(document, style);
}

function createApiHighlighter(document: Document, initialStyle: HighlightStyle): Highlighter {
  const sheet = adoptedSheet(document);
  let style = initialStyle;
  let dark = false;
  let shown: readonly Range[] = [];
  const css = () => highlightCss(style, `::highlight(${HIGHLIGHT_NAME})`, `::highlight(${FOCUS_HIGHLIGHT_NAME})`, dark);
  const apply = () => {
    if (style === 'none' || shown.length === 0) {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      return;
    }
    sheet.set(css());
    // add() one by one: spreading tens of thousands of ranges into a constructor overflows the stack.
    const highlight = new Highlight();
    for (const range of shown) highlight.add(range);
    CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  };
  return {
    mutatesDom: false,
    show(ranges) {
      shown = ranges;
      apply();
    },
    setStyle(next) {
      style = next;
      apply();
    },
    setDark(next) {
      if (next === dark) return;
      dark = next;
      if (shown.length > 0 && style !== 'none') sheet.set(css());
    },
    focus(range) {
      if (!range) {
        CSS.highlights.delete(FOCUS_HIGHLIGHT_NAME);
        return;
      }
      sheet.set(css());
      CSS.highlights.set(FOCUS_HIGHLIGHT_NAME, new Highlight(range));
    },
    clear() {
      shown = [];
      CSS.highlights.delete(HIGHLIGHT_NAME);
      CSS.highlights.delete(FOCUS_HIGHLIGHT_NAME);
      sheet.remove();
    },
    addScope: (scope) => sheet.addScope(scope),
    markIndexOf: () => null,
  };
}

/** The text nodes a range covers, in document order. */
function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}

/**
 * The fallback for browsers without the Highlight API: wraps text in marks. Mentions are wrapped
 * from last to first, so the text nodes (and offsets) of those still to wrap stay as they were;
 * clear() unwraps and merges the split text back into the page's original text nodes.
 */
export function createWrappingHighlighter(document: Document, initialStyle: HighlightStyle): Highlighter {
  const sheet = typeof document.adoptedStyleSheets !== 'undefined' ? adoptedSheet(document) : null;
  let style = initialStyle;
  let dark = false;
  const marks: HTMLElement[] = [];
  /** Text nodes we split off, in the order they were made (reverse document order per node). */
  const created: Text[] = [];
  const indexOf = new WeakMap<Node, number>();
  const applyStyle = () => sheet?.set(highlightCss(style, MARK_TAG, `${MARK_TAG}[data-focus]`, dark));

  const wrap = (range: Range, index: number) => {
    const pieces = textNodesIn(range);
    const before = marks.length;
    for (let i = pieces.length - 1; i >= 0; i--) {
      const text = pieces[i]!;
      const start = text === range.startContainer ? range.startOffset : 0;
      const end = text === range.endContainer ? range.endOffset : text.data.length;
      if (start >= end || !text.parentNode) continue;
      if (end < text.data.length) created.push(text.splitText(end));
      const middle = start > 0 ? text.splitText(start) : text;
      if (middle !== text) created.push(middle);
      const mark = document.createElement(MARK_TAG);
      indexOf.set(mark, index);
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      marks.push(mark);
    }
    // Moving the text into marks collapsed the range: set it back over the marks' text.
    const first = marks[marks.length - 1];
    const last = marks[before];
    if (first?.firstChild && last?.lastChild) {
      range.setStart(first.firstChild, 0);
      range.setEnd(last.lastChild, (last.lastChild as Text).data.length);
    }
  };

  const unwrapAll = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    marks.length = 0;
    // Merge split-off text back into the node before it: the page's own node regains its text.
    for (let i = created.length - 1; i >= 0; i--) {
      const piece = created[i]!;
      const previous = piece.previousSibling;
      if (previous && previous.nodeType === 3 && piece.parentNode) {
        (previous as Text).appendData(piece.data);
        piece.remove();
      }
    }
    created.length = 0;
  };

  return {
    mutatesDom: true,
    show(ranges) {
      unwrapAll();
      applyStyle();
      // Wrap from the last range to the first: earlier ranges' text nodes are left as they were.
      const order = ranges.map((range, index) => ({ range, index }));
      order.sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
      for (const { range, index } of order) wrap(range, index);
    },
    setStyle(next) {
      style = next;
      applyStyle();
    },
    setDark(next) {
      dark = next;
      if (marks.length > 0) applyStyle();
    },
    focus(range) {
      for (const mark of marks) mark.removeAttribute('data-focus');
      if (!range) return;
      for (const mark of marks) if (range.intersectsNode(mark)) mark.setAttribute('data-focus', '');
    },
    clear() {
      unwrapAll();
      sheet?.remove();
    },
    addScope(scope) {
      sheet?.addScope(scope);
    },
    markIndexOf(node) {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const mark = element?.closest(MARK_TAG);
      return mark ? (indexOf.get(mark) ?? null) : null;
    },
  };
}
