// One string for the article plus a map from string offsets back to the page's text nodes,
// so the engine sees plain text and the overlay can turn its offsets into DOM ranges.

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

/**
 * Walks the roots' text in document order. `skip` decides which elements (and their subtrees)
 * are not part of the article. Recursion depth is bounded by DOM depth, and each node is
 * visited once.
 */
export function buildTextMap(roots: readonly Element[], skip: (element: Element) => boolean): TextMap {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const startOf = new Map<Text, number>();
  let length = 0;
  let pendingBreak = false;

  const breakLine = () => {
    if (length > 0) pendingBreak = true;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Whitespace between blocks (markup indentation) is not article text.
      if (!/\S/.test(data) && (pendingBreak || length === 0)) return;
      if (pendingBreak) {
        parts.push(PARAGRAPH_BREAK);
        length += PARAGRAPH_BREAK.length;
        pendingBreak = false;
      }
      segments.push({ node: node as Text, start: length });
      startOf.set(node as Text, length);
      parts.push(data);
      length += data.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (skip(element)) return;
    const isBlock = BLOCK_TAGS.has(element.tagName.toUpperCase());
    if (isBlock) breakLine();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) breakLine();
  };

  for (const root of roots) {
    breakLine();
    visit(root);
  }
  return { text: parts.join(''), segments, startOf };
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
