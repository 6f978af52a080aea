import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap, positionAt } from '../../../lib/page/text-map';

function rootOf(html: string): Element {
  return (parseHTML(`<!doctype html><html><body><main>${html}</main></body></html>`).document as unknown as Document).querySelector('main')!;
}

describe('the text map reads text as it is rendered', () => {
  it('turns a line break inside a sentence’s markup into a space, keeping every offset', () => {
    const root = rootOf('<p>Rosa Lind, a spokeswoman for the\n      Bayside Shippers Association, said so.</p>');
    const map = buildTextMap([root], () => false);
    expect(map.text).toMatch(/^Rosa Lind, a spokeswoman for the {7}Bayside Shippers Association, said so\.$/);
    const at = map.text.indexOf('Bayside');
    const position = positionAt(map, at)!;
    expect(position.node.data.slice(position.offset, position.offset + 7)).toBe('Bayside');
  });

  it('keeps breaks at a node’s edges (between elements) and inside preformatted text', () => {
    const root = rootOf('<p><span>Photo: Ann Lee</span>\n<span>Ann Lee spoke.</span></p><pre>line one\nline two</pre>');
    const text = buildTextMap([root], () => false).text;
    expect(text).toContain('Photo: Ann Lee\nAnn Lee spoke.');
    expect(text).toContain('line one\nline two');
  });
});
