// Just enough CSS colour reading to tell text painted in its own background colour.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff',
  yellow: '#ffff00', gray: '#808080', grey: '#808080', silver: '#c0c0c0', maroon: '#800000',
  navy: '#000080', olive: '#808000', purple: '#800080', teal: '#008080', aqua: '#00ffff',
  fuchsia: '#ff00ff', lime: '#00ff00', orange: '#ffa500', whitesmoke: '#f5f5f5',
  snow: '#fffafa', ivory: '#fffff0', linen: '#faf0e6', beige: '#f5f5dc', gainsboro: '#dcdcdc',
  lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9', darkgrey: '#a9a9a9',
  ghostwhite: '#f8f8ff', floralwhite: '#fffaf0', azure: '#f0ffff', aliceblue: '#f0f8ff',
  honeydew: '#f0fff0', mintcream: '#f5fffa', seashell: '#fff5ee', oldlace: '#fdf5e6',
};

/** Parses #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() and common names; undefined otherwise. */
export function parseColor(value: string): Rgba | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = (NAMED[v] ?? v).match(/^#?([0-9a-f]{3,8})$/);
  // the hash is optional: legacy attributes (<font color="ffffff">) omit it
  if (hex) {
    let h = hex[1]!;
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
    if (h.length !== 6 && h.length !== 8) return undefined;
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = v.match(/^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (fn) {
    const channel = (s: string) => (s.endsWith('%') ? (parseFloat(s) * 255) / 100 : parseFloat(s));
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
    return { r: channel(fn[1]!), g: channel(fn[2]!), b: channel(fn[3]!), a: alpha };
  }
  return undefined;
}

/** Colours a reader cannot tell apart (#fefefe on #ffffff included). */
export function sameColor(a: Rgba, b: Rgba): boolean {
  return Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b) <= 12;
}

/** `top` painted over an opaque `bottom` (alpha compositing). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * The opaque colour behind an element, given the background layers from the element up to
 * the root (undefined entries paint nothing, 'image' may paint anything): translucent
 * layers are composited over the first opaque one below them, or over a white page.
 */
export function paintedBackground(layers: Iterable<Rgba | 'image' | undefined>): Rgba | undefined {
  const translucent: Rgba[] = [];
  let base: Rgba = WHITE;
  for (const layer of layers) {
    if (layer === 'image') return undefined;
    if (!layer || isTransparent(layer)) continue;
    if (layer.a >= 1) {
      base = layer;
      break;
    }
    translucent.push(layer);
  }
  return translucent.reduceRight((below, layer) => over(layer, below), base);
}

export const isTransparent = (c: Rgba): boolean => c.a < 0.05;
export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
