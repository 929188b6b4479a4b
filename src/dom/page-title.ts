// The page's own idea of its title: the article's <h1>, else document.title without the
// site's name ("…讲话_致辞讲话_公文汇", "公文汇 - …", "… | 第一范文网").
import { TEMPLATE_SITES } from '../core/rules/sites';
import { stripInvisible } from '../core/normalize';
import { foldScript } from '../core/script/fold';
import { hasChromeName } from './class-hints';
import { classAttributeOf, tagOf } from './element-kinds';
import { squeezeSpaces, textOf } from './text-content';
import type { IsHidden } from './types';

const SEPARATORS = /\s+[-–—|·]\s+|\s*(?:_|\||——|｜|::)\s*/;
/** A part of a title that names a site or a section rather than the article. */
const SITE_WORDS = /(网|文库|之家|范文|公文|文秘|频道|首页|官网|门户|网站|论坛|社区|博客|图书馆)$/;
// Labels and their number are bounded (a DNS label is at most 63 characters), so each start
// reads a bounded stretch: unbounded ones read to the end of "a.a.a.…" from every dot (40 KB
// <h1>: 1.5 s).
const DOMAIN = /\b(?:[a-z0-9-]{1,63}\.){1,8}(?:com|cn|net|org|la|info|cc|top|gov|edu)\b/i;
const BRANDS = TEMPLATE_SITES.flatMap((s) => s.brands);
/** Site names are short; a long part ending in 网 ("…互联网") is still a title. */
const MAX_SITE_NAME = 12;
/** A site's name with its domain ("公文汇 www.gongwenhui.com") is short too: a longer part naming a
 * domain is a title that cites one, and a 1 MB heading is not read for domains at all. */
const MAX_SITE_NAME_WITH_DOMAIN = 120;

/** The host's own name ("theverge" for www.theverge.com), to recognise "The Verge". */
function hostName(host: string | undefined): string | undefined {
  const labels = host?.toLowerCase().split('.') ?? [];
  return labels.length >= 2 ? labels[labels.length - 2] : undefined;
}

export function looksLikeSiteName(text: string, host?: string): boolean {
  const t = text.trim();
  if (t.length > MAX_SITE_NAME_WITH_DOMAIN) return false; // every test below wants a short name
  const name = hostName(host);
  return (
    (name !== undefined && t.toLowerCase().replace(/[^a-z0-9]/g, '') === name) ||
    DOMAIN.test(t) ||
    BRANDS.some((b) => t === b || (t.includes(b) && t.length <= MAX_SITE_NAME)) ||
    (t.length <= MAX_SITE_NAME && SITE_WORDS.test(foldScript(t)))
  );
}

/** A site name glued on with a bare dash: "…主持词-稿子汇". */
const GLUED_SUFFIX = /^(.{4,}?)[-–—]([^-–—\s]{2,20})$/;

/** document.title without the site's name: the first part that is not a site name. */
export function stripSiteSuffix(title: string, host?: string): string {
  const whole = squeezeSpaces(stripInvisible(title));
  const parts = whole.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const part = parts.find((p) => !looksLikeSiteName(p, host)) ?? whole;
  const glued = GLUED_SUFFIX.exec(part);
  return glued && looksLikeSiteName(glued[2]!, host) ? glued[1]!.trim() : part;
}

// What CMS templates put inside the <h1> after the title: "<br><span>2024-03-18 来源：…</span>".
const TITLE_META = /\s+(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|(?:发布时间|时间|日期|来源|作者|点击|浏览|评论)\s*[:：]).*$/;

/** The heading's own text: up to a line break inside it, without a trailing date/source line. */
function ownHeadingText(h1: Element, isHidden: IsHidden): string {
  let text = '';
  for (let node = h1.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && tagOf(node as Element) === 'br') {
      if (squeezeSpaces(text)) break;
      continue;
    }
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && !isHidden(node as Element)) text += textOf(node as Element, isHidden);
  }
  const own = squeezeSpaces(stripInvisible(text));
  // matched on the folded copy (same offsets), so a mirror's "發佈時間:" goes too
  const meta = TITLE_META.exec(foldScript(own));
  return meta ? own.slice(0, meta.index) : own;
}

function isLogo(h1: Element, text: string, host: string | undefined): boolean {
  return !text || looksLikeSiteName(text, host) || hasChromeName(h1) || /logo/i.test(`${classAttributeOf(h1)} ${h1.getAttribute('id')}`) || insideNav(h1);
}

function insideNav(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (tagOf(e) === 'nav') return true;
  return false;
}

/** The <h1> inside the container, else the nearest one above it, else the stripped document.title. */
export function pageTitleOf(doc: Document, container: Element | null, isHidden: IsHidden, host?: string): string {
  const scopes: Element[] = [];
  for (let scope: Element | null = container; scope && scopes.length < 4; scope = scope.parentElement) scopes.push(scope);
  if (scopes.length > 0) {
    // one search of the widest scope serves the narrower ones (each scope holds the one before)
    // by tag, not a selector engine (linkedom's costs a parse and a match per element)
    const headings = Array.from(scopes[scopes.length - 1]!.getElementsByTagName('h1'));
    const texts = new Map<Element, string>();
    const headingText = (h1: Element): string => {
      let text = texts.get(h1);
      if (text === undefined) texts.set(h1, (text = ownHeadingText(h1, isHidden)));
      return text;
    };
    for (const scope of scopes) {
      const h1 = headings.find((h) => h !== scope && scope.contains(h) && !isHidden(h) && !isLogo(h, headingText(h), host));
      if (h1) return headingText(h1);
    }
  }
  return stripSiteSuffix(doc.title ?? '', host);
}
