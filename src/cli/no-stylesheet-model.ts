// Stands in for `cssomnom/parse` in the command line's build (vite.cli.config.ts). linkedom uses
// it for one thing only: a <style> element's `sheet`, which the engine never reads (style-rules.ts
// reads the CSS text itself). Left out, it takes half of the HTML chunk with it, and the ICU number
// formatter that module makes as it loads: ~18 ms of every HTML call, about a third of a bare
// node start.
export function parse(): never {
  throw new Error('qinggao: a <style> element’s `sheet` is not in the command line’s build (read its text)');
}
