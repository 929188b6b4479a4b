// The rules of a document's <style> elements, read simply: top-level rules only (an
// @media or @supports block depends on the screen, so it is left out), and only selectors
// simple-selector.ts reads (pseudo-classes such as :hover depend on state; ::before adds no
// text of the page's own).
import { parseDeclarations, type Declarations } from './css-declarations';
import { parseSimpleSelector, specificityOf, type SimpleSelector } from './simple-selector';

export interface StyleRule {
  selector: SimpleSelector;
  declarations: Declarations;
  /** specificity, then source order: the cascade (without !important) */
  specificity: number;
  order: number;
}

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
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

export function readStyleRules(doc: Document, wanted: (declarations: Declarations) => boolean): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    for (const { selectors, block } of topLevelRules(withoutComments(style.textContent ?? ''))) {
      const declarations = parseDeclarations(block);
      if (!wanted(declarations)) continue;
      for (const raw of selectors.split(',')) {
        const selector = parseSimpleSelector(raw);
        if (selector) rules.push({ selector, declarations, specificity: specificityOf(selector), order: rules.length });
      }
    }
  }
  return rules;
}
