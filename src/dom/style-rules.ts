// The rules of a document's <style> elements, read simply: top-level rules only (an
// @media or @supports block depends on the screen, so it is left out), and only selectors
// simple-selector.ts reads (pseudo-classes such as :hover depend on state; ::before adds no
// text of the page's own).
//
// A news page carries hundreds of kilobytes of CSS for names its article never uses. So the
// sheets are only split into rules and filed under the key of each selector's last compound
// (#id, .class, tag or *) up front; a rule's selector and declarations are parsed the first
// time an element asks for its key, i.e. only for the ids, classes and tags the page's
// elements have.
import { isRegExpSpaceCode } from '../core/normalize';
import { parseDeclarations, type Declarations } from './css-declarations';
import { parseSimpleSelector, specificityOf, type SimpleSelector } from './simple-selector';

export interface StyleRule {
  selector: SimpleSelector;
  declarations: Declarations;
  /** specificity, then source order: the cascade (without !important) */
  specificity: number;
  order: number;
}

/** A rule as filed: its selector and its block's text, parsed when first asked for. */
interface FiledRule {
  selector: string;
  block: Block;
  order: number;
}

/** One declaration block, shared by the selectors of its rule ("a, b { … }"). */
interface Block {
  text: string;
  /** parsed on first use; null when it declares nothing the reader wants */
  declarations?: Declarations | null;
}

/** Comments out, in one pass. An unclosed comment is left as it stands (as before). A lazy
 * regex (`\/\*[\s\S]*?\*\/`) scanned to the end from every opening: 300 KB of `/* ` took 19 s. */
export function withoutComments(css: string): string {
  let open = css.indexOf('/*');
  if (open < 0) return css;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = css.indexOf('*/', open + 2);
    if (close < 0) break;
    out += css.slice(from, open);
    from = close + 2;
    open = css.indexOf('/*', from);
  }
  return out + css.slice(from);
}

/** Splits a stylesheet into top-level `selector { declarations }` pairs, skipping at-rules. */
function forEachTopLevelRule(css: string, onRule: (selectors: string, block: string) => void): void {
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    // find the matching brace (at-rule blocks nest), brace to brace
    let depth = 1;
    let j = open + 1;
    let nextOpen = css.indexOf('{', j);
    while (depth > 0) {
      const close = css.indexOf('}', j);
      if (close < 0) {
        j = css.length;
        break;
      }
      if (nextOpen >= 0 && nextOpen < close) {
        depth++;
        j = nextOpen + 1;
        nextOpen = css.indexOf('{', j);
      } else {
        depth--;
        j = close + 1;
      }
    }
    // statement at-rules (@charset …; @import …;) and stray semicolons can precede a selector
    let from = skipSemicolonsAndSpaces(css, i, open);
    while (from < open && css.charCodeAt(from) === AT) {
      const semicolon = css.indexOf(';', from);
      if (semicolon < 0 || semicolon >= open) break;
      from = skipSemicolonsAndSpaces(css, semicolon + 1, open);
    }
    if (css.charCodeAt(from) !== AT) onRule(css.slice(from, open).trim(), css.slice(open + 1, j - 1));
    i = j;
  }
}

const AT = 0x40;

function skipSemicolonsAndSpaces(css: string, from: number, end: number): number {
  while (from < end && (css.charCodeAt(from) === 0x3b || isRegExpSpaceCode(css.charCodeAt(from)))) from++;
  return from;
}

const isWordCode = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;

/**
 * The key `selectorKey` gives the selector once parsed, read from its last compound alone by
 * its characters (a news page files thousands of selectors); undefined when that compound is not
 * one `parseCompound` reads (so neither is the selector).
 */
export function keyOf(selector: string): string | undefined {
  let end = selector.length;
  while (end > 0 && isRegExpSpaceCode(selector.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && selector.charCodeAt(start - 1) !== 0x3e && !isRegExpSpaceCode(selector.charCodeAt(start - 1))) start--;
  if (start === end) return undefined;
  // the tag: [a-z][a-z0-9-]* or *, then parts [#.][\w-]+
  let i = start;
  const first = selector.charCodeAt(i);
  if (first === 0x2a) i++;
  else if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)) {
    i++;
    while (i < end) {
      const c = selector.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d) i++;
      else break;
    }
  }
  const tagEnd = i;
  let id: string | undefined;
  let firstClass: string | undefined;
  while (i < end) {
    const mark = selector.charCodeAt(i);
    if (mark !== 0x23 && mark !== 0x2e) return undefined;
    const nameStart = ++i;
    while (i < end && (isWordCode(selector.charCodeAt(i)) || selector.charCodeAt(i) === 0x2d)) i++;
    if (i === nameStart) return undefined;
    if (mark === 0x23) id = selector.slice(nameStart, i);
    else firstClass ??= selector.slice(nameStart, i);
  }
  if (id !== undefined) return `#${id}`;
  if (firstClass !== undefined) return `.${firstClass}`;
  return tagEnd > start && first !== 0x2a ? selector.slice(start, tagEnd).toLowerCase() : '*';
}

const byCascade = (a: StyleRule, b: StyleRule): number => a.specificity - b.specificity || a.order - b.order;
const NONE: readonly StyleRule[] = [];

/** The document's style rules, filed by key; a key's rules are parsed when first asked for. */
export class StyleRules {
  private readonly filed = new Map<string, FiledRule[]>();
  private readonly parsed = new Map<string, StyleRule[]>();
  /** the candidates of each kind of element met (tag, classes and id): few kinds, many elements */
  private readonly candidates = new Map<string, readonly StyleRule[]>();
  private readonly classRules = new Map<string, readonly StyleRule[]>();
  private readonly idRules = new Map<string, readonly StyleRule[]>();

  constructor(
    doc: Document,
    /** which declaration blocks count (the others are as if absent) */
    private readonly wanted: (declarations: Declarations) => boolean,
  ) {
    let order = 0;
    const styles = doc.getElementsByTagName('style');
    for (let s = 0; s < styles.length; s++) {
      forEachTopLevelRule(withoutComments(styles[s]!.textContent ?? ''), (selectors, block) => {
        const shared: Block = { text: block };
        for (const selector of selectors.split(',')) {
          const key = keyOf(selector);
          if (key === undefined) continue;
          const rule = { selector, block: shared, order: order++ };
          const list = this.filed.get(key);
          if (list) list.push(rule);
          else this.filed.set(key, [rule]);
        }
      });
    }
  }

  /** No rule at all: nothing to look up. */
  get empty(): boolean {
    return this.filed.size === 0;
  }

  /** The rules whose last compound is keyed `key` ("#id", ".class", "tag", "*"), in cascade order. */
  rulesFor(key: string): readonly StyleRule[] | undefined {
    const done = this.parsed.get(key);
    if (done) return done.length ? done : undefined;
    const rules: StyleRule[] = [];
    for (const { selector: text, block, order } of this.filed.get(key) ?? []) {
      if (block.declarations === undefined) {
        const declarations = parseDeclarations(block.text);
        block.declarations = this.wanted(declarations) ? declarations : null;
      }
      if (!block.declarations) continue;
      const selector = parseSimpleSelector(text);
      if (selector) rules.push({ selector, declarations: block.declarations, specificity: specificityOf(selector), order });
    }
    if (rules.length > 1) rules.sort(byCascade);
    this.parsed.set(key, rules);
    return rules.length ? rules : undefined;
  }

  /** `rulesFor` by a bare class name or id, without building its key on every element. */
  private ofName(names: Map<string, readonly StyleRule[]>, prefix: '.' | '#', name: string): readonly StyleRule[] {
    let rules = names.get(name);
    if (rules === undefined) names.set(name, (rules = this.rulesFor(prefix + name) ?? NONE));
    return rules;
  }

  /**
   * The rules that may apply to an element with this tag, these classes and this id — those
   * filed under `*`, its tag, each class and its id — in cascade order (specificity, then source
   * order); undefined when there are none. Their selectors are still to be matched.
   */
  candidatesFor(tag: string, classes: readonly string[], id: string | null): readonly StyleRule[] | undefined {
    // most elements meet one list or none: it is in cascade order already
    let only = this.rulesFor('*');
    let several = false;
    const add = (rules: readonly StyleRule[] | undefined): void => {
      if (!rules || rules.length === 0) return;
      if (only) several = true;
      else only = rules;
    };
    add(this.rulesFor(tag));
    for (let c = 0; c < classes.length; c++) add(this.ofName(this.classRules, '.', classes[c]!));
    if (id) add(this.ofName(this.idRules, '#', id));
    if (!several) return only;
    // unambiguous: the tag's and the id's lengths are given, class names hold no white space
    const kind = `${tag.length}:${id === null ? -1 : id.length}:${tag}${id ?? ''}${classes.join(' ')}`;
    let found = this.candidates.get(kind);
    if (found === undefined) {
      let list: StyleRule[] = [];
      const concat = (bucket: readonly StyleRule[] | undefined) => {
        if (bucket) list = list.concat(bucket);
      };
      concat(this.rulesFor('*'));
      concat(this.rulesFor(tag));
      for (const c of classes) concat(this.rulesFor(`.${c}`));
      if (id) concat(this.rulesFor(`#${id}`));
      list.sort(byCascade);
      found = list;
      this.candidates.set(kind, found);
    }
    return found;
  }
}
