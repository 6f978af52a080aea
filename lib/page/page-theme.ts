// Is the text the reader sees on a dark background? Decided from the page's own colors, not
// the browser's color-scheme preference: a dark news site in a light browser still needs the
// light-on-dark highlight, and the other way round.

/** Relative luminance below which a background counts as dark (0 = black, 1 = white). */
const DARK_LUMINANCE = 0.35;

function parseRgb(color: string): { r: number; g: number; b: number; a: number } | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

export function luminance(color: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

/** True when the first opaque background behind `element` is dark (white when none is set). */
export function isOnDarkBackground(element: Element, view: Window): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = parseRgb(view.getComputedStyle(node).backgroundColor);
    if (color && color.a >= 0.5) return luminance(color) < DARK_LUMINANCE;
  }
  return false;
}
