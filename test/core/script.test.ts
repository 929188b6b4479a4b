import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { analyzeBlocks, analyzeText, splitTextIntoBlocks } from '../../src/core/analyze';
import { detectSpeech, isSalutation, SPEECH_TITLE } from '../../src/core/detect';
import { matchMarker, MARKER_FAMILIES } from '../../src/core/markers';
import { MARKER_EXAMPLES } from '../../src/core/markers.examples';
import { normalizeWithMap, type NormalizedText } from '../../src/core/normalize';
import { LINE_RULES } from '../../src/core/rules/line-rules';
import { LINE_RULE_EXAMPLES } from '../../src/core/rules/line-rules.examples';
import { FOLD_PAIRS } from '../../src/core/script/fold-table';
import { foldScript } from '../../src/core/script/fold';
import { cutPinyin, findPinyinAnnotations, findPinyinSpans, removePinyinReadings, type PinyinFreeText } from '../../src/core/script/pinyin';

/** A document's readings found, then cut from each block, as the analysis does. */
function removePinyinAnnotations(blocks: readonly NormalizedText[]): PinyinFreeText[] {
  const found = findPinyinAnnotations(blocks.map((b) => b.text));
  return blocks.map((b, i) => cutPinyin(b, found?.get(i)));
}

// The two converters mirror sites use: Taiwan and Hong Kong standard forms (同志們 / 説).
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const REGENERATE = 'a traditional form is missing from the fold table: run node scripts/gen-script-fold.mjs';

describe('script fold (traditional → simplified, for matching)', () => {
  it('folds the words of speech and noise rules', () => {
    expect(foldScript('在全縣職教推進會上的講話')).toBe('在全县职教推进会上的讲话');
    expect(foldScript('同誌們:')).toBe('同志们:');
    expect(foldScript('同志們,')).toBe('同志们,');
    expect(foldScript('來源:巧巧簡歷站 6.24K')).toBe('来源:巧巧简历站 6.24K');
    expect(foldScript('以下是本站小編精心為您推薦的')).toBe('以下是本站小编精心为您推荐的');
    expect(foldScript('最後,要狠抓落實')).toBe('最后,要狠抓落实');
    expect(foldScript('開幕詞 閉幕辭 致辭 發言')).toBe('开幕词 闭幕辞 致辞 发言');
  });

  it('keeps length and offsets: a match in the folded line is the same span of the original', () => {
    const line = '以下是本站小編精心為您推薦的教師節表彰大會致辭稿8篇,供大家參考。';
    const folded = foldScript(line);
    expect(folded.length).toBe(line.length);
    const m = /小编[^。]{0,20}推荐/.exec(folded)!;
    expect(line.slice(m.index, m.index + m[0].length)).toBe('小編精心為您推薦');
    for (let i = 0; i < line.length; i++) expect(folded.charCodeAt(i) === line.charCodeAt(i) || line.charCodeAt(i) >= 0x3400).toBe(true);
  });

  it('leaves simplified, Latin and mixed text alone (the same string when nothing folds)', () => {
    const simplified = '同志们：今天我们召开全市安全生产工作会议。www.gongwenhui.com 2023年';
    expect(foldScript(simplified)).toBe(simplified);
    expect(foldScript('')).toBe('');
    expect(foldScript('著作權歸作者所有')).toBe('著作权归作者所有');
    // outside the BMP: surrogate halves pass through unchanged
    expect(foldScript('𠀀講')).toBe('𠀀讲');
  });

  it('has one-unit pairs only, each traditional character once, never mapped to itself', () => {
    expect(FOLD_PAIRS.length % 2).toBe(0);
    const seen = new Set<string>();
    for (let i = 0; i < FOLD_PAIRS.length; i += 2) {
      const from = FOLD_PAIRS[i]!;
      const to = FOLD_PAIRS[i + 1]!;
      expect(from.charCodeAt(0) >= 0x3400 && from.charCodeAt(0) <= 0x9fff, from).toBe(true);
      expect(to.charCodeAt(0) < 0xd800 || to.charCodeAt(0) > 0xdfff, to).toBe(true);
      expect(from).not.toBe(to);
      expect(seen.has(from), from).toBe(false);
      seen.add(from);
    }
  });

  it('maps an ideograph to an ideograph (hard-wrap checks read a line\'s shape before folding it)', () => {
    const isIdeograph = (c: number) => c >= 0x3400 && c <= 0x9fff;
    for (let i = 0; i < FOLD_PAIRS.length; i += 2) expect(isIdeograph(FOLD_PAIRS.charCodeAt(i + 1)), FOLD_PAIRS[i + 1]).toBe(true);
  });

  it('is linear: a megabyte of traditional text folds in a fraction of a second', () => {
    const text = '同誌們,這次會議的主要任務是總結過去一年的工作,部署今後一個時期的任務。'.repeat(30000);
    const t0 = performance.now();
    const folded = foldScript(text);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(folded.length).toBe(text.length);
    // long and short lines fold alike
    expect(folded.slice(0, 37)).toBe(foldScript(text.slice(0, 37)));
    expect(folded.slice(-37)).toBe(foldScript(text.slice(-37)));
    expect(folded).toBe(text.match(/.{1,50}/g)!.map(foldScript).join(''));
  });
});

describe('rules on traditional mirrors (every rule example, as a converter writes it)', () => {
  for (const rule of LINE_RULES) {
    it(`${rule.id}: matches its examples in Taiwan and Hong Kong script once folded`, () => {
      for (const example of LINE_RULE_EXAMPLES[rule.id]?.examples ?? []) {
        for (const traditional of [toTaiwan(example), toHongKong(example)]) {
          expect(traditional.length, 'the converter kept the length').toBe(example.length);
          expect(rule.pattern.test(foldScript(traditional)), `${traditional} — ${REGENERATE}`).toBe(true);
        }
      }
    });
  }

  for (const family of MARKER_FAMILIES) {
    it(`marker ${family.id}: traditional examples open with the same marker`, () => {
      for (const example of MARKER_EXAMPLES[family.id]!.examples) {
        const traditional = toTaiwan(example);
        expect(matchMarker(traditional)?.family.id, traditional).toBe(family.id);
      }
    });
  }

  it('salutations and speech titles read once folded', () => {
    for (const s of ['同志們:', '同誌們:', '尊敬的各位領導、老師們:', '各位來賓,女士們、先生們:', '親愛的同學們:']) {
      expect(isSalutation(foldScript(s)), s).toBe(true);
    }
    for (const t of ['在全縣職教提質培優推進會上的講話', '教師節表彰大會致辭稿', '鎮人民代表大會主席團首次會議主持詞', '第X屆科技節開幕詞', '當選後的表態發言', '閉幕詞']) {
      expect(SPEECH_TITLE.test(foldScript(t)), t).toBe(true);
    }
    const detection = detectSpeech({
      title: foldScript('在全縣安全生產工作會議上的講話'),
      paragraphs: ['同誌們:', '今天我們召開全縣安全生產工作會議,主要任務是總結工作、部署任務。', '謝謝大家!'].map(foldScript),
      outlineItems: 0,
      knownHost: false,
    });
    expect(detection.isSpeech).toBe(true);
  });
});

describe('pinyin annotations of converters', () => {
  const cut = (line: string) => {
    let out = '';
    let at = 0;
    for (const s of findPinyinSpans(line)) {
      out += line.slice(at, s.start);
      at = s.end;
    }
    return out + line.slice(at);
  };

  it('finds toned syllables glued after characters', () => {
    expect(cut('納入鄉村振興戰(zhàn)略全局統籌謀劃,開創(chuàng)了新局面')).toBe('納入鄉村振興戰略全局統籌謀劃,開創了新局面');
    expect(cut('師大校長開學(xué)典禮致辭')).toBe('師大校長開學典禮致辭');
    expect(cut('親愛的大學生運動員(yuán)們:')).toBe('親愛的大學生運動員們:');
    expect(cut('綠色發(fā)展,女(nǚ)士,略(lüè)')).toBe('綠色發展,女士,略');
    // a mis-decoded run before the reading: still the converter's
    expect(cut('在我們?nèi)瓿踔袑W(xué)習(xí)生活')).toBe('在我們?nèi)瓿踔袑W習生活');
    expect(findPinyinSpans('這個(ge)名字').map((s) => s.toned)).toEqual([false]);
    // some converters leave a space before the closing bracket
    expect(cut('借此機會(huì ),祝大家節日快樂(lè )!')).toBe('借此機會,祝大家節日快樂!');
  });

  it("finds a character's several readings split by slashes, and the neutral-tone reading of 的, 地, 得, 了 and 個", () => {
    expect(cut('和(hé / huò)田地(dì / de)區的(de)5位同志依次作了(le/liǎo)發言,每次聚焦一(yī / yì /yí)個(gè)主題')).toBe('和田地區的5位同志依次作了發言,每次聚焦一個主題');
    expect(cut('座談會上的(de)講話,吃了(le)嗎')).toBe('座談會上的講話,吃了嗎');
    // slashes between words that are no readings, or readings without a tone, are left
    for (const line of ['輸入(yes / no)', '選擇(a/b)', '和(he / huo)']) expect(cut(line), line).toBe(line);
  });

  it("cuts a spam mirror's emoji in brackets, alone or planted inside a reading, and names it apart", () => {
    expect(cut('工运事业理(lǐ(🏜) )论探索,就(jiù(🧤) )是走出了一条发展(🌌)(zhǎn )路子,根本(bě(🧛)n )方针,作用(yò(🦂)ng )')).toBe(
      '工运事业理论探索,就是走出了一条发展路子,根本方针,作用',
    );
    // one opening the line takes the space after it
    expect(cut('(👵) (2025年4月28日)')).toBe('(2025年4月28日)');
    expect(findPinyinSpans('发展(🌌)(zhǎn )路子').map((s) => [s.jammer ?? false, s.toned])).toEqual([[true, false], [false, true]]);
    const page = analyzeText(['(👵) (2025年4月28日)', '首先(❤),我(wǒ )代表市委、市政府,向全市广大职工致以诚挚问候!理(lǐ(🏜) )论探索永无止境。'].join('\n'));
    expect(page.paragraphs).toEqual(['(2025年4月28日)', '首先,我代表市委、市政府,向全市广大职工致以诚挚问候!理论探索永无止境。']);
    expect(page.removed.map((r) => [r.rule, r.text])).toEqual([
      ['watermark.emoji-jammer', '(👵)'],
      ['watermark.emoji-jammer', '(❤)'],
      ['watermark.pinyin-annotation', '(wǒ )'],
      ['watermark.emoji-jammer', '(lǐ(🏜) )'],
    ]);
    // a single emoji in brackets on a page with no readings is the writer's
    expect(analyzeText('今天天气真好(😊),我们一起去郊游。大家都很开心。').paragraphs[0]).toContain('(😊)');
  });

  it('never touches ordinary parentheses', () => {
    const prose = [
      '(一)全面把握新時代黨的組織路線',
      '共有986名同學報名參賽(其中女生412名)',
      '國內生產總值(GDP)增長5%,移動應用(app)用戶過億',
      '請發送郵件至 yyfangchan@163.com (舉報時請帶上具體的網址)',
      '選項(a)和選項(b)',
      '見附件(pdf)、(doc)格式',
      '北京(Běijīng)是首都',
      '耄耋(mào dié)之年',
      '合同(sic)條款 (zhàn)',
      '主持人姓名(可加括號)',
      '2023年(第26屆)',
      // unmarked syllables other than the 個(ge) converters print are left: (de) may be anything
      '代碼(de)和(men)',
    ];
    for (const line of prose) expect(cut(line), line).toBe(line);
  });

  it('a lone reading may be a writer explaining a word: a page needs two before any is cut', () => {
    const one = removePinyinAnnotations(['這個“囧(jiǒng)”字很有意思。'].map(normalizeWithMap));
    expect(one[0]!.text).toBe('這個“囧(jiǒng)”字很有意思。');
    const many = removePinyinAnnotations(['戰(zhàn)略', '這個(ge)名字', '發(fā)展'].map(normalizeWithMap));
    expect(many.map((b) => b.text)).toEqual(['戰略', '這個名字', '發展']);
    expect(many.map((b) => b.pinyin.map((p) => p.text))).toEqual([['(zhàn)'], ['(ge)'], ['(fā)']]);
  });

  it('a converter that prints no tones but repeats each reading: every toneless reading goes', () => {
    const page = removePinyinAnnotations(['在中國人民解放軍(jun)(jun)的(de)(de)(de)光輝節(jie)(jie)日--"八(ba)一"建軍(jun)(jun)節(jie)(jie)就要到(dao)來'].map(normalizeWithMap));
    expect(page[0]!.text).toBe('在中國人民解放軍的光輝節日--"八一"建軍節就要到來');
    // without the repeated readings, toneless words in brackets stay (English, initials, a lone (ge))
    const plain = removePinyinAnnotations(['我們學習了人工智能(ai)和(can)字的用法(de)', '發展(fan)(fan)規劃'].map(normalizeWithMap));
    expect(plain.map((b) => b.text)).toEqual(['我們學習了人工智能(ai)和(can)字的用法(de)', '發展(fan)(fan)規劃']);
  });

  it('a converter that prints no tones, each reading once: the same character read the same way again and again makes it one', () => {
    const lines = ['今天,“創新創業(ye) 、報效祖國”在人民大會(hui) 堂開幕。同學會(hui) 向朋友們(men) 致意。', '黨(dang) 和國家重視留學人員為(wei) 國服務,創業(ye) 大計為(wei) 先,黨(dang) 的關(guan) 懷。'];
    const page = removePinyinAnnotations(lines.map(normalizeWithMap));
    expect(page.map((b) => b.text)).toEqual(['今天,“創新創業 、報效祖國”在人民大會 堂開幕。同學會 向朋友們 致意。', '黨 和國家重視留學人員為 國服務,創業 大計為 先,黨 的關 懷。']);
    // two recurring pairs are not enough: a writer may gloss a word twice
    const glossed = ['他叫王囧(jiong)。王囧(jiong)的“囧”字,和(he)“和(he)”不同,(ok)。'];
    expect(removePinyinAnnotations(glossed.map(normalizeWithMap))[0]!.text).toBe(glossed[0]);
  });

  it('keeps offsets into the raw block across spaces and invisible characters', () => {
    const raw = '  開創\u200b(chuàng)了  新局面,戰(zhàn)略';
    const [block] = removePinyinAnnotations([normalizeWithMap(raw)]);
    expect(block!.text).toBe('開創了 新局面,戰略');
    for (const p of block!.pinyin) expect(raw.slice(p.start, p.end)).toBe(p.text);
    // every kept character leads back to itself in the raw text
    for (let k = 0; k < block!.text.length; k++) {
      if (block!.text[k] !== ' ') expect(raw[block!.rawIndexOf(k)]).toBe(block!.text[k]);
    }
    expect(block!.rawIndexOf(block!.text.length)).toBe(raw.length);
  });

  it('takes toned readings out of a page title', () => {
    expect(removePinyinReadings('師大校長開學(xué)典禮致辭')).toBe('師大校長開學典禮致辭');
    expect(removePinyinReadings('國內生產總值(GDP)')).toBe('國內生產總值(GDP)');
  });
});

describe('a traditional mirror page, end to end', () => {
  const page = [
    '教師節表彰大會致辭稿',
    '來源:巧巧簡歷站 3.03W',
    '以下是本站小編精心為您推薦的教師節表彰大會致辭稿,供大家參考。',
    '尊敬的各位領(lǐng)導(dǎo)、老師們:',
    '今天,我們在這裏隆重集會,慶祝教師節,表彰一批優秀教師。在此,我謹代表學校向全體教職工致以崇高的敬意!',
    '第一,老師們要牢固樹立育人理念,努力建設一所師德高尚的學校;',
    '第二,深入推進課堂教學改革,切實提高課堂的教學效率;',
    '最後,祝老師們節日愉快!謝謝大家!',
  ].join('\n');

  it('is a speech; meta and promo lines go; output keeps the page script without pinyin', () => {
    const a = analyzeText(page);
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('教師節表彰大會致辭稿');
    expect(a.paragraphs[0]).toBe('尊敬的各位領導、老師們:');
    expect(a.paragraphs.join('')).not.toMatch(/來源|小編|\(/);
    expect(a.outline.map((i) => i.marker)).toEqual(['第一,', '第二,']);
    expect(a.outline[0]!.text).toContain('老師們要牢固樹立育人理念');
    const reasons = a.removed.map((r) => `${r.reason}:${r.rule}:${r.text}`);
    expect(reasons).toContain('watermark:watermark.pinyin-annotation:(lǐng)');
    expect(reasons).toContain('watermark:watermark.pinyin-annotation:(dǎo)');
    expect(a.removed.some((r) => r.text === '來源:巧巧簡歷站 3.03W')).toBe(true);
    expect(reasons.some((r) => r.startsWith('promo:') && r.includes('小編'))).toBe(true);
  });

  it('gives cuts that take the pinyin out of the page text itself', () => {
    const blocks = splitTextIntoBlocks(page);
    const { verdicts } = analyzeBlocks(blocks);
    const salutation = blocks.findIndex((b) => b.text.startsWith('尊敬的'));
    const v = verdicts[salutation]!;
    let text = blocks[salutation]!.text;
    for (const c of [...v.cuts].sort((a, b) => b.start - a.start)) text = text.slice(0, c.start) + text.slice(c.end);
    expect(text).toBe('尊敬的各位領導、老師們:');
    expect(v.text).toBe(text);
  });

  it("learns a mirror's own brand and cuts it where it is glued; the meta source keeps the page script", () => {
    const mirror = [
      '在全縣安全生產工作會議上的講話',
      '來源:巧巧簡歷站 發佈時間:2023-05-06',
      '同誌們:',
      '今天我們召開全縣安全生產工作會議,主要任務是總結工作、部署任務。巧巧簡歷站',
      '要壓實責任,確保萬無一失。謝謝大家!',
      '巧巧簡歷站 www.qqjlz.com',
    ].join('\n');
    const a = analyzeText(mirror);
    expect(a.isSpeech).toBe(true);
    expect(a.meta.source).toBe('巧巧簡歷站');
    expect(a.paragraphs).toEqual(['同誌們:', '今天我們召開全縣安全生產工作會議,主要任務是總結工作、部署任務。', '要壓實責任,確保萬無一失。謝謝大家!']);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['巧巧簡歷站', '巧巧簡歷站 www.qqjlz.com']));
  });

  it("a user's rule matches in either script, as a whole line and glued", () => {
    const mirror = ['在全縣安全生產工作會議上的講話', '同誌們:', '今天我們召開全縣安全生產工作會議。巧巧推薦', '本站編輯部', '謝謝大家!'].join('\n');
    const simplifiedRules = analyzeText(mirror, { userRules: [{ pattern: '巧巧推荐', regex: false }, { pattern: '^本站编辑部$', regex: true }] });
    const pageScriptRules = analyzeText(mirror, { userRules: [{ pattern: '巧巧推薦', regex: false }, { pattern: '本站編輯部', regex: false }] });
    for (const a of [simplifiedRules, pageScriptRules]) {
      expect(a.paragraphs).toEqual(['同誌們:', '今天我們召開全縣安全生產工作會議。', '謝謝大家!']);
      expect(a.removed.filter((r) => r.reason === 'user-rule').map((r) => r.text)).toEqual(['巧巧推薦', '本站編輯部']);
    }
  });

  it('the simplified page reads the same', () => {
    const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' })(page.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/g, ''));
    const a = analyzeText(simplified);
    const b = analyzeText(page);
    expect(b.isSpeech).toBe(a.isSpeech);
    expect(b.paragraphs.length).toBe(a.paragraphs.length);
    expect(b.outline.map((i) => i.marker)).toEqual(a.outline.map((i) => foldScript(i.marker)));
  });
});
