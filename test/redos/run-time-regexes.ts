// The regular expressions src/ builds at run time (new RegExp(…), RegExp(…)), caught as they are
// built: RegExp is wrapped while the modules load and while the engine runs on real input (the
// seeds, the saved texts and pages), and each construction is tied to its place in the source
// by the stack.
export interface BuiltRegex {
  source: string;
  flags: string;
  /** "src/core/watermark.ts:46" */
  site: string;
}

export function catchRegexConstructions(root: string): { built: BuiltRegex[]; stop(): void } {
  const Native = RegExp;
  const built: BuiltRegex[] = [];
  const seen = new Set<string>();
  const siteOf = (stack: string): string => {
    for (const line of stack.split('\n').slice(2)) {
      const at = line.indexOf(`${root}/src/`);
      if (at < 0) continue;
      const place = /^(src\/[^:)]+):(\d+):\d+/.exec(line.slice(at + root.length + 1));
      if (place) return `${place[1]}:${place[2]}`;
    }
    return '<outside src>';
  };
  const wrapped = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const made = Reflect.construct(target, args, newTarget === wrapped ? target : newTarget) as RegExp;
      const site = siteOf(new Error().stack ?? '');
      const key = `${site}\u0000${made.source}\u0000${made.flags}`;
      if (site !== '<outside src>' && !seen.has(key)) {
        seen.add(key);
        built.push({ source: made.source, flags: made.flags, site });
      }
      return made;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      return Reflect.construct(wrapped, args);
    },
  });
  globalThis.RegExp = wrapped;
  return { built, stop: () => void (globalThis.RegExp = Native) };
}
