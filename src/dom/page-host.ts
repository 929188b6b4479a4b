// The host a saved page was served under, from what the page says about itself:
// <link rel=canonical>, <meta property=og:url>, <base href>, and the mark browsers write when
// saving a page ("<!-- saved from url=(0040)http://www.x.com/a.html -->"). Undefined when none
// is absolute.
const SOURCES: [selector: string, attribute: string][] = [
  ['link[rel~="canonical"]', 'href'],
  ['meta[property="og:url"]', 'content'],
  ['base[href]', 'href'],
];

const SAVED_FROM = /saved from url=\(\d+\)(\S+)/i;
const COMMENT_NODE = 8;

export function pageHostOf(doc: Document): string | undefined {
  for (const [selector, attribute] of SOURCES) {
    const host = hostOf(doc.querySelector(selector)?.getAttribute(attribute)?.trim());
    if (host) return host;
  }
  return hostOf(savedFromUrl(doc));
}

/** The URL in a "saved from url" comment at the top of the document (before or after the doctype). */
function savedFromUrl(doc: Document): string | undefined {
  const near = [...doc.childNodes, ...(doc.documentElement ? [...doc.documentElement.childNodes].slice(0, 3) : [])];
  for (const node of near) {
    if (node.nodeType !== COMMENT_NODE) continue;
    const m = SAVED_FROM.exec((node as Comment).data);
    if (m) return m[1];
  }
  return undefined;
}

function hostOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.startsWith('//') ? `https:${value}` : value);
    if (url.hostname && (url.protocol === 'http:' || url.protocol === 'https:')) return url.hostname;
  } catch {
    // relative or malformed: says nothing about the host
  }
  return undefined;
}
