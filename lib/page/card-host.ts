// One host element for all of Dramatis' UI in a page, with an isolated shadow root:
// page styles do not leak in, ours do not leak out. Components inside only render props.
import { render, type ComponentChild } from 'preact';

export const HOST_TAG = 'dramatis-overlay';

export interface CardHost {
  /** The shadow root's mount point, for hit-testing "is the pointer on the card". */
  readonly host: HTMLElement;
  render(content: ComponentChild): void;
  /** The first element rendered (the card), once rendered. */
  readonly element: HTMLElement | null;
  destroy(): void;
}

export function createCardHost(document: Document, css: string): CardHost {
  const host = document.createElement(HOST_TAG);
  // Out of the page's flow: the host never shifts layout or takes clicks outside the card.
  // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it may not).
  host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  if (typeof shadow.adoptedStyleSheets !== 'undefined') {
    // A constructed stylesheet: no <style> element for a page's CSP to refuse.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    shadow.append(mount);
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style, mount);
  }
  let attached = false;

  return {
    host,
    render(content) {
      if (!attached) {
        document.documentElement.append(host);
        attached = true;
      }
      render(content, mount);
    },
    get element() {
      return mount.firstElementChild as HTMLElement | null;
    },
    destroy() {
      render(null, mount);
      host.remove();
      attached = false;
    },
  };
}
