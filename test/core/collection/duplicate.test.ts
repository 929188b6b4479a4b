// The collection's duplicate check on real speeches: a speech added twice, and reposts of it
// under another site's watermark and title decoration, with lines rewritten or cut, or in
// traditional characters, are duplicates; different speeches — on the same topic too — are not.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  addSpeech,
  DUPLICATE_CONTAINMENT,
  findDuplicate,
  fingerprintOverlap,
  isSameSpeech,
  textFingerprint,
  type CollectedSpeech,
} from '../../../src/core/collection';
import { analyzed, collected, corpusNames, corpusText, repost, seedText, subscriptionText } from './speeches';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

const GAOZIHUI_REPOST = {
  watermark: '稿子汇 www.gaozihui.com',
  title: (title: string) => `【精选】${title}（通用版）`,
  head: ['首页 > 讲话稿 > 会议讲话', ''],
  foot: ['更多精彩范文请关注微信公众号：笔杆子文库', '上一篇：在全市经济工作会议上的讲话'],
};

describe('the same speech', () => {
  const seed = analyzed(seedText('003_3bff632dc2e1cae2.txt'));

  it('added twice is a duplicate of the first', () => {
    const first = collected(seed);
    const again = addSpeech([first], collected(seed));
    expect(again.kind).toBe('duplicate');
    expect(again.kind === 'duplicate' && again.of.id).toBe(first.id);
    expect(again.kind === 'duplicate' && again.overlap.containment).toBe(1);
  });

  it('reposted under another watermark and title, with a paragraph rewritten and the last one cut, is a duplicate', () => {
    const rewritten = '第三，要坚持预防为主，持续提高全社会的应急意识和自救互救能力，把宣传教育做在平时。';
    const page = repost(seed, { ...GAOZIHUI_REPOST, rewrite: { 3: rewritten }, dropLast: 1 });
    const copy = analyzed(page);
    expect(copy.title).not.toBe(''); // read as a speech page with its own title
    expect(copy.paragraphs).not.toEqual(seed.paragraphs); // a real difference: watermark, rewrite, cut
    expect(copy.paragraphs.join('')).toContain('第三，要坚持预防为主，持续提高');
    const original = collected(seed);
    const match = findDuplicate([collected(analyzed(corpusText('11-dangke-no-title'))), original], copy.paragraphs);
    expect(match?.item.id).toBe(original.id);
    expect(match!.overlap.containment).toBeGreaterThan(0.8);
  });

  it('reposted on a traditional-script mirror is a duplicate', () => {
    const page = toTaiwan(repost(seed, { ...GAOZIHUI_REPOST, watermark: '範文先生網 www.fwsir.com' }));
    const copy = analyzed(page);
    expect(copy.paragraphs.join('')).toMatch(/[會議應急]/); // traditional characters kept by the engine
    const match = findDuplicate([collected(seed)], copy.paragraphs);
    expect(match?.overlap.containment).toBeGreaterThan(0.8);
  });

  it('behind a paywall that shows half of it is a duplicate; one paragraph quoted from it is not', () => {
    const long = analyzed(subscriptionText('dangke-sanbufen'));
    expect(long.paragraphs.length).toBeGreaterThan(10);
    const half = long.paragraphs.slice(0, Math.ceil(long.paragraphs.length / 2));
    expect(findDuplicate([collected(long)], half)).toBeDefined();
    const quoted = [long.paragraphs.reduce((a, b) => (b.length > a.length ? b : a))];
    const overlap = fingerprintOverlap(textFingerprint(quoted), textFingerprint(long.paragraphs));
    expect(overlap.containment).toBe(1); // the whole paragraph is in the speech…
    expect(isSameSpeech(overlap)).toBe(false); // …but it is not the speech
  });

  it('each seed reposted is recognised among all the seeds, as the right one', () => {
    const names = ['000_eb4f37e60b813487.txt', '001_d70c5a0c6fd4c47d.txt', '002_7c057ffae9dd8f9c.txt', '003_3bff632dc2e1cae2.txt', '004_14a5d6bc444f6c44.txt'];
    const seeds = names.map((name) => analyzed(seedText(name)));
    const items = seeds.map((seed) => collected(seed));
    seeds.forEach((seed, i) => {
      const copy = analyzed(repost(seed, { ...GAOZIHUI_REPOST, rewrite: { 0: '同志们，今天这个会很重要，我讲三点意见。' } }));
      expect(findDuplicate(items, copy.paragraphs)?.item.id, names[i]).toBe(items[i]!.id);
    });
  });
});

describe('different speeches', () => {
  const corpus = corpusNames().map((name) => ({ name, analysis: analyzed(corpusText(name)) }));

  it('on one topic are not duplicates: five speeches on safety and disaster prevention (防汛, 森林防火, 安全生产, 应急)', () => {
    const safety = [
      analyzed(corpusText('01-anquan-glued-title')),
      analyzed(corpusText('85-fangxun-diyi-nocomma-paywall')),
      analyzed(corpusText('86-fangxun-yishi-ideospace')),
      analyzed(subscriptionText('dingyue-qingyuan-fangxun-jinji')),
      analyzed(seedText('003_3bff632dc2e1cae2.txt')),
    ];
    for (const speech of safety) expect(speech.paragraphs.join('')).toContain('安全');
    let items: CollectedSpeech[] = [];
    for (const speech of safety) {
      const outcome = addSpeech(items, collected(speech));
      expect(outcome.kind, speech.title).toBe('added');
      if (outcome.kind === 'added') items = outcome.items;
    }
    expect(items).toHaveLength(5);
  });

  it('on one topic are not duplicates: 党课 from six sources', () => {
    const dangke = ['11-dangke-no-title', '54-dangke-docviewer-vip-wrapspaces', '55-dangke-toc-then-title', '56-dangke-omitted-prefix-paywall', '57-dangke-pdf-hardwrap', '58-weidangke-university-breadcrumb'].map((name) =>
      collected(analyzed(corpusText(name))),
    );
    dangke.push(collected(analyzed(subscriptionText('dangke-sanbufen'))));
    dangke.forEach((item, i) => {
      const others = dangke.filter((_, j) => j !== i);
      expect(findDuplicate(others, item.paragraphs), item.title).toBeUndefined();
    });
  });

  it('no two of the 108 real-text pages are the same speech, and none comes near the threshold', () => {
    const prints = corpus.map(({ analysis }) => textFingerprint(analysis.paragraphs));
    let highest = 0;
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        const overlap = fingerprintOverlap(prints[i]!, prints[j]!);
        expect(isSameSpeech(overlap), `${corpus[i]!.name} / ${corpus[j]!.name}`).toBe(false);
        highest = Math.max(highest, overlap.containment);
      }
    }
    // the closest pair (two news reports of one congress) shares 14% of its shingles
    expect(highest).toBeLessThan(DUPLICATE_CONTAINMENT / 2);
  });
});

describe('nothing to compare', () => {
  it('a speech with no cleaned text is not added and matches nothing', () => {
    const empty = collected({ ...analyzed(seedText('003_3bff632dc2e1cae2.txt')), paragraphs: ['  '] });
    expect(addSpeech([], empty)).toEqual({ kind: 'empty' });
    expect(findDuplicate([collected(analyzed(seedText('001_d70c5a0c6fd4c47d.txt')))], [])).toBeUndefined();
  });
});
