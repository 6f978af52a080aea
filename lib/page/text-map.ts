// One string for the article plus a map from string offsets back to the page's text nodes,
// so the engine sees plain text and the overlay can turn its offsets into DOM ranges.
import { runToEnd } from './time-slice';

/** Where one text node's data sits in the article string. */
interface Segment {
  node: Text;
  start: number;
}

export interface TextMap {
  text: string;
  /** Sorted by start; separators between blocks belong to no segment. */
  segments: Segment[];
  /** Each mapped text node's start offset, for hit-testing. */
  startOf: Map<Text, number>;
}

/** Elements that end a line of reading: text on either side must not run together. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

const PARAGRAPH_BREAK = '\n\n';

/** Nodes visited between two yields of the walk. */
const NODES_PER_STEP = 256;

/** A line break inside running text: whitespace with a line break, between two non-spaces of one text node. */
const BREAK_IN_TEXT = /(?<=\S)[^\S\n\r]*[\n\r]\s*(?=\S)/g;

/**
 * A text node's data as a reader sees it: a line break inside a sentence's markup ("for the⏎
 * Bayside Shippers Association") is a space, not the end of a line (the engine reads line ends
 * as the edges of headlines, captions and list items). Breaks at a node's edges stay: they sit
 * between elements, often blocks by the page's CSS. Same length, so offsets still point into
 * the node. Preformatted text keeps its lines.
 */
function asRendered(node: Text): string {
  const data = node.data;
  if (!/[\n\r]/.test(data) || node.parentElement?.closest('pre, textarea, code, listing, plaintext') != null) return data;
  return data.replace(BREAK_IN_TEXT, (run) => ' '.repeat(run.length));
}

/**
 * Walks the roots' text in document order. `skip` decides which elements (and their subtrees)
 * are not part of the article. Iterative (no recursion, so any DOM depth is fine); each node
 * is visited once; yields every few hundred nodes so a caller can slice the work.
 */
export function* textMapSteps(roots: readonly Element[], skip: (element: Element) => boolean): Generator<void, TextMap, void> {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const startOf = new Map<Text, number>();
  let length = 0;
  let pendingBreak = false;
  let visited = 0;

  const breakLine = () => {
    if (length > 0) pendingBreak = true;
  };
  const addText = (node: Text) => {
    const data = asRendered(node);
    // Whitespace between blocks (markup indentation) is not article text.
    if ((pendingBreak || length === 0) && !/\S/.test(data)) return;
    if (pendingBreak) {
      parts.push(PARAGRAPH_BREAK);
      length += PARAGRAPH_BREAK.length;
      pendingBreak = false;
    }
    segments.push({ node, start: length });
    startOf.set(node, length);
    parts.push(data);
    length += data.length;
  };

  for (const root of roots) {
    breakLine();
    // Depth-first with an explicit path: enter an element, walk its children, leave it.
    let node: Node | null = root;
    while (node) {
      if (++visited % NODES_PER_STEP === 0) yield;
      let descend = false;
      if (node.nodeType === 3) {
        addText(node as Text);
      } else if (node.nodeType === 1 && !skip(node as Element)) {
        if (BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) breakLine();
        descend = node.firstChild !== null;
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Leave finished elements upwards until one has a next sibling (or the root is done).
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) breakLine();
      }
      if (!node || node === root) {
        if (node === root && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) breakLine();
        break;
      }
      node = node.nextSibling;
    }
  }
  return { text: parts.join(''), segments, startOf };
}

/** The whole walk at once (node, tests, small pages). */
export function buildTextMap(roots: readonly Element[], skip: (element: Element) => boolean): TextMap {
  return runToEnd(textMapSteps(roots, skip));
}

/** Index of the segment containing `offset` (or the last one starting before it). */
function segmentIndexAt(map: TextMap, offset: number): number {
  let low = 0;
  let high = map.segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (map.segments[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The DOM position of a text offset, or null if it falls in a separator or outside the map. */
export function positionAt(map: TextMap, offset: number): { node: Text; offset: number } | null {
  if (map.segments.length === 0) return null;
  const segment = map.segments[segmentIndexAt(map, offset)]!;
  const local = offset - segment.start;
  if (local < 0 || local > segment.node.data.length) return null;
  return { node: segment.node, offset: local };
}

/** A DOM range over [start, end) of the article string; null if the text nodes changed since. */
export function rangeFor(map: TextMap, start: number, end: number, document: Document): Range | null {
  const from = positionAt(map, start);
  const to = positionAt(map, end);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The article-string offset of a DOM position, or null if the node is not in the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  const start = node.nodeType === 3 ? map.startOf.get(node as Text) : undefined;
  if (start === undefined) return null;
  return start + Math.min(offset, (node as Text).data.length);
}
