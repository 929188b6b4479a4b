// The chrome check folds and matches a block's opening only when it may hold a chrome opener's,
// footer opener's or footer word's characters (site-chrome.ts: mayHoldChromeWords). The hint is
// read before folding, so it must never say no where the rules, reading the folded opening,
// say yes: on chrome lines in both scripts and on the opening of every element of every saved
// page and corpus page.
import * as OpenCC from 'opencc-js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldScript } from '../../src/core/script/fold';
import { removePinyinReadings } from '../../src/core/script/pinyin';
import { decodeHtmlBytes } from '../../src/dom/decode';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { CHROME_OPENERS, FOOTER_ANYWHERE, FOOTER_OPENER, mayHoldChromeWords } from '../../src/dom/site-chrome';
import { squeezeSpaces } from '../../src/dom/text-content';
import { shortTextStart } from './reference/short-text-start';
import { parse } from './html';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** What the chrome rules say of a squeezed opening, read as they read it. */
const rulesSayChrome = (squeezed: string): boolean => {
  const text = foldScript(removePinyinReadings(squeezed));
  return CHROME_OPENERS.test(text) || FOOTER_OPENER.test(text) || FOOTER_ANYWHERE.test(text);
};

const CHROME_LINES = [
  '上一篇：在全县工作会议上的讲话', '下一页', '【相关推荐】', '〖 热门标签 〗', '[推荐阅读]', '猜你喜欢', '你可能还喜欢',
  '延伸阅读：', '精彩推荐', '最新范文', '本文标签：讲话稿', '文章标签 主持词', '标签：致辞', '返回首页', '分享到：',
  '免责声明：本站部分内容来自网络', '版权声明：本文为原创', 'Copyright © 2024 gongwenhui.com', 'copyright 2019', '© 2016-2024 某某网',
  '(c) 2019 某某网', '某某网 版权所有', '京ICP备12345678号', '京公网安备 11010502030000号',
];

const pageFiles = (dir: string, name: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((slug) => existsSync(join(dir, slug, name))).sort().map((slug) => join(dir, slug, name)) : [];

describe('the chrome words hint', () => {
  it('holds on every chrome line, as written and through both converters, with white space around its words', () => {
    for (const line of CHROME_LINES) {
      for (const written of [line, toTaiwan(line), toHongKong(line), `  ${line} `, `\n\u3000${line.replace(/^([【〖\[])/, '$1 \u00a0')}`]) {
        const squeezed = squeezeSpaces(written);
        expect(rulesSayChrome(squeezed), written).toBe(true);
        expect(mayHoldChromeWords(written), written).toBe(true);
      }
    }
  });

  it('passes over speech paragraphs', () => {
    for (const line of ['同志们：', '一、提高政治站位，压实工作责任。', '各级各部门要充分认识做好当前工作的重要性。', '（一）坚持问题导向'])
      expect(mayHoldChromeWords(line), line).toBe(false);
  });

  it('never says no where the rules say yes, on every element of the saved and corpus pages', () => {
    const missed: string[] = [];
    let chrome = 0;
    const files = [...pageFiles(resolve(__dirname, '../pages'), 'page.html'), ...pageFiles(resolve(__dirname, '../../../shared/corpus/web-pages'), 'source.html')];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const doc = parse(decodeHtmlBytes(readFileSync(file)));
      const isHidden = createStaticIsHidden(doc);
      for (const element of Array.from(doc.querySelectorAll('body *'))) {
        const opening = shortTextStart(element, 800, 200, isHidden);
        if (opening === undefined) continue;
        const squeezed = squeezeSpaces(opening);
        if (!rulesSayChrome(squeezed)) continue;
        chrome++;
        if (!mayHoldChromeWords(opening)) missed.push(`${file}: ${squeezed.slice(0, 60)}`);
      }
    }
    expect(missed).toEqual([]);
    expect(chrome).toBeGreaterThan(100);
  }, 120_000);
});
