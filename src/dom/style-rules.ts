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
import { parseDeclarations, type Declarations } from './css-declarations';
import { parseCompound, parseSimpleSelector, selectorKey, specificityOf, type SimpleSelector } from './simple-selector';

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
function topLevelRules(css: string): { selectors: string; block: string }[] {
  const rules: { selectors: string; block: string }[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    // find the matching brace (at-rule blocks nest)
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    // statement at-rules (@charset …; @import …;) and stray semicolons can precede a selector
    let selectors = prelude.replace(/^[;\s]+/, '');
    while (selectors.startsWith('@') && selectors.includes(';')) selectors = selectors.slice(selectors.indexOf(';') + 1).replace(/^[;\s]+/, '');
    if (!selectors.startsWith('@')) rules.push({ selectors, block: css.slice(open + 1, j - 1) });
    i = j;
  }
  return rules;
}

const isSelectorSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || /\s/.test(ch);

/** The key `selectorKey` gives the selector once parsed, read from its last compound alone;
 * undefined when that compound is not one the parser reads (so neither is the selector). */
function keyOf(selector: string): string | undefined {
  let end = selector.length;
  while (end > 0 && isSelectorSpace(selector[end - 1]!)) end--;
  let start = end;
  while (start > 0 && selector[start - 1] !== '>' && !isSelectorSpace(selector[start - 1]!)) start--;
  if (start === end) return undefined;
  const compound = parseCompound(selector.slice(start, end));
  return compound && selectorKey([{ compound, combinator: ' ' }]);
}

/** The document's style rules, filed by key; a key's rules are parsed when first asked for. */
export class StyleRules {
  private readonly filed = new Map<string, FiledRule[]>();
  private readonly parsed = new Map<string, StyleRule[]>();
  /** the candidates of each kind of element met (tag, classes and id): few kinds, many elements */
  private readonly candidates = new Map<string, readonly StyleRule[] | null>();

  constructor(
    doc: Document,
    /** which declaration blocks count (the others are as if absent) */
    private readonly wanted: (declarations: Declarations) => boolean,
  ) {
    let order = 0;
    const styles = doc.getElementsByTagName('style');
    for (let s = 0; s < styles.length; s++) {
      for (const { selectors, block } of topLevelRules(withoutComments(styles[s]!.textContent ?? ''))) {
        const shared: Block = { text: block };
        for (const selector of selectors.split(',')) {
          const key = keyOf(selector);
          if (key === undefined) continue;
          const rule = { selector, block: shared, order: order++ };
          const list = this.filed.get(key);
          if (list) list.push(rule);
          else this.filed.set(key, [rule]);
        }
      }
    }
  }

  /** No rule at all: nothing to look up. */
  get empty(): boolean {
    return this.filed.size === 0;
  }

  /** The rules whose last compound is keyed `key` ("#id", ".class", "tag", "*"), in source order. */
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
    this.parsed.set(key, rules);
    return rules.length ? rules : undefined;
  }

  /**
   * The rules that may apply to an element with this tag, these classes and this id — those
   * filed under `*`, its tag, each class and its id — in cascade order (specificity, then source
   * order); undefined when there are none. Their selectors are still to be matched.
   */
  candidatesFor(tag: string, classes: readonly string[], id: string | null): readonly StyleRule[] | undefined {
    // unambiguous: the tag's and the id's lengths are given, class names hold no white space
    const kind = `${tag.length}:${id === null ? -1 : id.length}:${tag}${id ?? ''}${classes.join(' ')}`;
    let found = this.candidates.get(kind);
    if (found === undefined) {
      let list: StyleRule[] = [];
      const add = (bucket: readonly StyleRule[] | undefined) => {
        if (bucket) list = list.concat(bucket);
      };
      add(this.rulesFor('*'));
      add(this.rulesFor(tag));
      for (const c of classes) add(this.rulesFor(`.${c}`));
      if (id) add(this.rulesFor(`#${id}`));
      if (list.length > 1) list.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
      found = list.length ? list : null;
      this.candidates.set(kind, found);
    }
    return found ?? undefined;
  }
}
