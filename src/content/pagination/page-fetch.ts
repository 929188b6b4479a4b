// Fetching one page of the article: the only network request Qinggao ever makes, and only on
// the user's click on 合并全部 N 页.
//
// Where it runs: here, in the content script, as a same-origin request of the page itself — in
// Chrome and in Firefox (MV3). The background could not do it as well: it would need host
// permission for every site the user merges on (only the 32 template sites are granted; Firefox
// MV3 makes even those opt-in), and its request would carry the extension's origin rather than
// the page's. The page asking its own server for its own next page needs no permission at all,
// sends exactly what the page itself would (the browser's same-origin cookies, nothing more),
// and the DOMParser that reads the answer exists here and not in Chrome's service worker.
// In Firefox a content script's own fetch runs with the extension's privileges; `content.fetch`
// is the page's, so the request is the page's own there too.
//
// `mode: 'same-origin'` makes the browser refuse a redirect to another origin before following
// it (no request leaves for another host); `credentials: 'same-origin'` is the default, stated.

export interface FetchedBytes {
  /** the address answered, after same-origin redirects */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export type FetchPage = (url: string, signal: AbortSignal) => Promise<FetchedBytes>;

/** Larger than any article page we know (the largest saved page is 1.6 MB). */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

export class PageFetchError extends Error {
  constructor(
    readonly reason: 'other-origin' | 'http' | 'not-html' | 'too-large' | 'network',
    detail: string,
  ) {
    super(detail);
    this.name = 'PageFetchError';
  }
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The page's own fetch: Firefox's `content.fetch` when there is one, else the window's. */
export function pageFetchOf(win: Window & typeof globalThis): Fetch {
  const pageContent = (globalThis as { content?: { fetch?: Fetch } }).content;
  if (pageContent && typeof pageContent.fetch === 'function') return pageContent.fetch.bind(pageContent);
  return win.fetch.bind(win);
}

/** Fetches same-origin pages of `pageOrigin` only, refusing whatever leaves it. */
export function createSameOriginFetch(pageOrigin: string, fetch: Fetch): FetchPage {
  return async (url, signal) => {
    if (new URL(url).origin !== pageOrigin) throw new PageFetchError('other-origin', url);
    let response: Response;
    try {
      response = await fetch(url, { method: 'GET', mode: 'same-origin', credentials: 'same-origin', redirect: 'follow', signal });
    } catch (error) {
      if (signal.aborted) throw error;
      // a redirect to another origin ends here too, refused by the browser under mode same-origin
      throw new PageFetchError('network', String(error));
    }
    const finalUrl = response.url || url;
    if (new URL(finalUrl).origin !== pageOrigin) throw new PageFetchError('other-origin', finalUrl);
    if (!response.ok) throw new PageFetchError('http', `${response.status} ${finalUrl}`);
    const contentType = response.headers.get('content-type');
    if (contentType && !/^\s*(?:text\/html|application\/xhtml\+xml)/i.test(contentType)) throw new PageFetchError('not-html', contentType);
    const declaredLength = Number(response.headers.get('content-length') ?? 0);
    if (declaredLength > MAX_PAGE_BYTES) throw new PageFetchError('too-large', finalUrl);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_PAGE_BYTES) throw new PageFetchError('too-large', finalUrl);
    return { url: finalUrl, contentType, bytes };
  };
}
