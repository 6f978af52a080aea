// Marks mentions in the page with the CSS Custom Highlight API: the page's DOM is not touched;
// the style goes in through an adopted stylesheet.

export const HIGHLIGHT_NAME = 'dramatis-mention';

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgb(255 196 0 / 0.22);
  text-decoration: underline dotted rgb(180 120 0 / 0.9);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;
}
@media (prefers-color-scheme: dark) {
  ::highlight(${HIGHLIGHT_NAME}) {
    background-color: rgb(255 210 80 / 0.2);
    text-decoration-color: rgb(255 210 80 / 0.9);
  }
}
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT_NAME}) {
    background-color: Mark;
    color: MarkText;
  }
}`;

export interface Highlighter {
  show(ranges: readonly Range[]): void;
  clear(): void;
}

/** True when this browser can highlight without touching the DOM. */
export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createHighlighter(document: Document): Highlighter {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  let adopted = false;
  return {
    show(ranges) {
      if (!adopted) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        adopted = true;
      }
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
    },
    clear() {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      if (adopted) {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        adopted = false;
      }
    },
  };
}
