// The page of a 公文 (GB/T 9704-2012 §5): A4, type area 156 × 225 mm set by the margins below,
// 22 lines of 28 characters of 三号 (16 pt) 仿宋 — as Word measures it (twentieths of a point,
// "twips").
//
// 22 lines: a line grid (w:docGrid type="lines") and an exact line height of 1/22 of the type
// area. 28 characters: the 16 pt characters are drawn 0.25 pt closer (run character spacing),
// so 28 fit in 156 mm and a 29th does not. Word's own 22 × 28 setting is a "lines and
// characters" grid, but LibreOffice lays that grid out at 18 characters a line (measured with
// LibreOffice 7.4, test/office); character spacing gives 28 in Word, WPS and LibreOffice alike.

export const MM_PER_INCH = 25.4;
export const TWIPS_PER_POINT = 20;
const TWIPS_PER_INCH = 1440;

export const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * TWIPS_PER_INCH);
export const pointsToTwips = (points: number): number => Math.round(points * TWIPS_PER_POINT);

export const A4_MM = { width: 210, height: 297 } as const;
/** GB/T 9704-2012 §5.2.1: 天头 37 mm, 订口 28 mm; the type area's 156 × 225 mm leaves 35 mm and 26 mm. */
export const GONGWEN_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
/** §5.2.2: 22 lines a page, 28 characters a line, in 三号 仿宋. */
export const GONGWEN_GRID = { lines: 22, charactersPerLine: 28, fontPt: 16 } as const;
/**
 * §7.5: the page number sits 7 mm below the type area; its line (四号, 14 pt ≈ 4.9 mm) then
 * ends about 23 mm above the paper's edge, which is what Word calls the footer distance.
 */
export const PAGE_NUMBER_FOOTER_MM = 23;

export interface PageLayout {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Word's w:docGrid line pitch, in twips */
  linePitch: number;
  /** character spacing of 三号 text, in twips (negative: closer), so that a line holds 28 characters */
  characterSpacing: number;
}

export function gongwenPageLayout(): PageLayout {
  const width = mmToTwips(A4_MM.width);
  const height = mmToTwips(A4_MM.height);
  const margin = {
    top: mmToTwips(GONGWEN_MARGINS_MM.top),
    bottom: mmToTwips(GONGWEN_MARGINS_MM.bottom),
    left: mmToTwips(GONGWEN_MARGINS_MM.left),
    right: mmToTwips(GONGWEN_MARGINS_MM.right),
    header: mmToTwips(15),
    footer: mmToTwips(PAGE_NUMBER_FOOTER_MM),
  };
  const typeHeight = height - margin.top - margin.bottom;
  const typeWidth = width - margin.left - margin.right;
  // rounded down so that 22 lines and 28 characters still fit in the type area
  const linePitch = Math.floor(typeHeight / GONGWEN_GRID.lines);
  const characterSpacing = Math.floor(typeWidth / GONGWEN_GRID.charactersPerLine - pointsToTwips(GONGWEN_GRID.fontPt));
  return { width, height, margin, linePitch, characterSpacing };
}
