// Renders a Preact tree into a linkedom document (no browser needed for what a component shows).
import { parseHTML } from 'linkedom';
import { render, type VNode } from 'preact';

export function renderToDocument(tree: VNode): Document {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const globals = globalThis as Record<string, unknown>;
  const previous = { document: globals.document, window: globals.window };
  globals.document = document;
  globals.window = window;
  try {
    render(tree, document.getElementById('app')!);
  } finally {
    globals.document = previous.document;
    globals.window = previous.window;
  }
  return document as unknown as Document;
}
