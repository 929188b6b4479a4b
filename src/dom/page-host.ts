// The host a saved page was served under, from what the page says about itself:
// <link rel=canonical>, <meta property=og:url>, <base href>. Undefined when none is absolute.
const SOURCES: [selector: string, attribute: string][] = [
  ['link[rel~="canonical"]', 'href'],
  ['meta[property="og:url"]', 'content'],
  ['base[href]', 'href'],
];

export function pageHostOf(doc: Document): string | undefined {
  for (const [selector, attribute] of SOURCES) {
    const value = doc.querySelector(selector)?.getAttribute(attribute)?.trim();
    if (!value) continue;
    try {
      const url = new URL(value.startsWith('//') ? `https:${value}` : value);
      if (url.hostname && (url.protocol === 'http:' || url.protocol === 'https:')) return url.hostname;
    } catch {
      // relative or malformed: says nothing about the host
    }
  }
  return undefined;
}
