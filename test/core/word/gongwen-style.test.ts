import { describe, expect, it } from 'vitest';
import { GONGWEN_STYLE, gongwenHeadingStyle } from '../../../src/core/word';

describe('the 公文 style table (GB/T 9704)', () => {
  it('sets the title in 方正小标宋简体 二号 with its fallbacks, and the body in 仿宋_GB2312 三号', () => {
    expect(GONGWEN_STYLE.title.fonts).toEqual(['方正小标宋简体', '小标宋', '宋体']);
    expect(GONGWEN_STYLE.title.sizePt).toBe(22);
    expect(GONGWEN_STYLE.body.fonts[0]).toBe('仿宋_GB2312');
    expect(GONGWEN_STYLE.body.sizePt).toBe(16);
  });

  it('gives level 1 黑体, level 2 楷体_GB2312 (楷体), levels 3–4 仿宋_GB2312 with level 3 bold', () => {
    expect(gongwenHeadingStyle(1).fonts).toEqual(['黑体']);
    expect(gongwenHeadingStyle(2).fonts).toEqual(['楷体_GB2312', '楷体']);
    expect(gongwenHeadingStyle(3)).toMatchObject({ fonts: ['仿宋_GB2312', '仿宋'], bold: true });
    expect(gongwenHeadingStyle(4)).toMatchObject({ fonts: ['仿宋_GB2312', '仿宋'], bold: false });
    for (const level of [1, 2, 3, 4]) expect(gongwenHeadingStyle(level)).toMatchObject({ sizePt: 16, sizeName: '三号' });
  });

  it('uses the deepest entry below level 4, and level 1 for nonsense levels', () => {
    expect(gongwenHeadingStyle(6)).toBe(gongwenHeadingStyle(4));
    expect(gongwenHeadingStyle(0)).toBe(gongwenHeadingStyle(1));
  });

  it('fits 22 lines into the 225 mm type area of an A4 page with 37/35 mm margins', () => {
    const typeAreaPt = ((297 - 37 - 35) / 25.4) * 72;
    expect(GONGWEN_STYLE.lineHeightPt).toBeGreaterThanOrEqual(28);
    expect(GONGWEN_STYLE.lineHeightPt).toBeLessThanOrEqual(29);
    expect(Math.floor(typeAreaPt / GONGWEN_STYLE.lineHeightPt)).toBe(22);
  });

  it('names one font per entry (never a comma list that a writer would turn into one name)', () => {
    const all = [GONGWEN_STYLE.title, ...GONGWEN_STYLE.headings, GONGWEN_STYLE.body].flatMap((s) => s.fonts);
    for (const font of all) expect(font).toMatch(/^[^,，'"]+$/);
  });
});
