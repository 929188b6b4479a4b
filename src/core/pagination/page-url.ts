// Where a URL may carry an article's page number, read purely from the URL. An article split over
// pages keeps one address and varies one slot: `123_2.html`, `123-2.html`, `?page=2`, WordPress's
// `/post-name/2/`, Discuz's `thread-123-2-1.html`. Each reading gives the address with that slot
// taken out (the article's key) and the page it names; two URLs are pages of one article when
// one reading of each has the same key.

/** The page a URL names in one reading; 'all' is the one-page full text (`123_all.html`, `?page=all`). */
export type PageNumber = number | 'all';

export interface PageReading {
  /** the address without its page slot (the origin included) */
  key: string;
  page: PageNumber;
}

/** Pagers of template sites count in ones and tens; a larger number is an id, a date or a year. */
export const MAX_PAGE_NUMBER = 99;

const PAGE_PARAMETERS = new Set(['page', 'p', 'pg', 'pn', 'pagenum', 'pageno', 'page_no', 'currentpage', 'curpage', 'cpage', 'pagenumber', 'pageindex']);
const ALL_WORDS = new Set(['all', 'full', 'quanwen', 'qw']);
// a stem naming a list, not an article: its pager pages through other articles
const LIST_STEMS = /^(?:index|list|lists|default|category|categories|tag|tags|search|forumdisplay|node)$/i;

// "123_2", "123-2", "123_all" at the end of a file name (the extension apart); PHPCMS's mobile
// templates write "123-p2" and "123-all"
const FILE_PAGE = /^(.+?)([_-])(p?\d{1,3}|all|full|quanwen|qw)$/i;
const FILE_EXTENSION = /\.(?:s?html?|php|aspx?|jsp|cgi)$/i;
const DISCUZ_THREAD = /^thread-(\d+)-(\d+)-(\d+)$/i;

function pageOf(text: string): PageNumber | undefined {
  if (ALL_WORDS.has(text.toLowerCase())) return 'all';
  if (/^p\d/i.test(text)) return pageOf(text.slice(1));
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= MAX_PAGE_NUMBER ? n : undefined;
}

/** A file stem that names a list page: no reading of it is an article's page. */
export function isListAddress(url: URL): boolean {
  const file = url.pathname.split('/').pop() ?? '';
  const stem = file.replace(FILE_EXTENSION, '');
  const base = FILE_PAGE.exec(stem)?.[1] ?? stem;
  return LIST_STEMS.test(base) || /^list[_-]\d+$/i.test(base);
}

/** Every way to read a page number out of the URL, the "no slot" reading (page 1) first. */
export function pageReadingsOf(url: URL): PageReading[] {
  const origin = url.origin;
  // the query read by hand, as written (no URLSearchParams: its iterator is one more thing a
  // content script's wrappers must carry across)
  const params = url.search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair): [string, string] => {
      const equals = pair.indexOf('=');
      return equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    });
  const query = (without?: string): string => {
    const kept = params.filter(([name]) => name !== without).map(([name, value]) => `${name}=${value}`).sort();
    return kept.length ? `?${kept.join('&')}` : '';
  };
  const path = url.pathname;
  // "/post-name/" and "/post-name" are one address
  const bare = (p: string): string => (p.length > 1 ? p.replace(/\/$/, '') : p);
  const readings: PageReading[] = [{ key: origin + bare(path) + query(), page: 1 }];

  for (const [name, value] of params) {
    if (!PAGE_PARAMETERS.has(name.toLowerCase())) continue;
    const page = pageOf(value);
    if (page !== undefined) readings.push({ key: origin + path + query(name), page });
  }

  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const file = path.slice(slash + 1);
  const extension = FILE_EXTENSION.exec(file)?.[0] ?? '';
  const stem = file.slice(0, file.length - extension.length);
  const filePage = FILE_PAGE.exec(stem);
  if (filePage) {
    const page = pageOf(filePage[3]!);
    if (page !== undefined) readings.push({ key: origin + folder + filePage[1] + extension + query(), page });
  }
  const thread = DISCUZ_THREAD.exec(stem);
  if (thread) {
    const page = pageOf(thread[2]!);
    if (page !== undefined) readings.push({ key: `${origin}${folder}thread-${thread[1]}-*-${thread[3]}${extension}${query()}`, page });
  }
  // WordPress: /2023/12/post-name/2/ is page 2 of /2023/12/post-name/
  // (the segment before the number is a slug, not a year or month folder)
  const segments = bare(path).split('/');
  const last = segments.at(-1) ?? '';
  const slug = segments.at(-2) ?? '';
  if (segments.length > 2 && /^\d{1,2}$/.test(last) && /\D/.test(slug)) {
    const page = pageOf(last);
    if (page !== undefined) readings.push({ key: origin + segments.slice(0, -1).join('/') + query(), page });
  }
  return readings;
}
