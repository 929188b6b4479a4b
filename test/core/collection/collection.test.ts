// The collection's edits, limits, search, validation and text exports, on real speeches.
import { describe, expect, it } from 'vitest';
import {
  addSpeech,
  collectionBytes,
  collectionFromStored,
  COLLECTION_PROBLEM,
  MAX_COLLECTED_SPEECHES,
  MAX_COLLECTION_BYTES,
  moveSpeech,
  parseCollection,
  removeSpeech,
  renderCollectionMarkdown,
  renderCollectionText,
  searchCollection,
  type CollectedSpeech,
} from '../../../src/core/collection';
import { analyzed, collected, corpusText, seedText, subscriptionText } from './speeches';

const speechA = collected(analyzed(seedText('003_3bff632dc2e1cae2.txt')), 'www.gongwenhui.com', 'http://www.gongwenhui.com/a/3.html');
const speechB = collected(analyzed(subscriptionText('dangke-sanbufen')), '党课.docx', '');
const speechC = collected(analyzed(corpusText('01-anquan-glued-title')), 'www.xiezuofangchengshi.com', 'https://www.xiezuofangchengshi.com/doc/87342.html');

/** A speech of its own words: `n` paragraphs of `length` characters drawn from the CJK range by a generator seeded with `seed`, so no two made here share text. */
function madeUp(n: number, seed: number, length = 20): CollectedSpeech {
  let state = seed * 2654435761 + 1;
  const nextChar = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return String.fromCharCode(0x4e00 + (state % 0x5000));
  };
  const paragraphs = Array.from({ length: n }, () => Array.from({ length }, nextChar).join('') + '。');
  return { ...speechA, id: `made-${seed}`, title: `讲话${seed}`, paragraphs, outline: [] };
}

describe('adding', () => {
  it('adds a new speech at the end and keeps what was there', () => {
    const one = addSpeech([], speechA);
    expect(one.kind).toBe('added');
    const two = addSpeech(one.kind === 'added' ? one.items : [], speechB);
    expect(two.kind === 'added' && two.items.map((i) => i.id)).toEqual([speechA.id, speechB.id]);
  });

  it(`refuses speech ${MAX_COLLECTED_SPEECHES + 1}, saying how many the collection holds`, () => {
    const full = Array.from({ length: MAX_COLLECTED_SPEECHES }, (_, i) => madeUp(3, i));
    expect(addSpeech(full, speechA)).toEqual({ kind: 'full', limit: 'count', max: MAX_COLLECTED_SPEECHES });
    // a duplicate is still named as one when the collection is full
    expect(addSpeech([...full.slice(1), speechA], { ...speechA, id: 'again' }).kind).toBe('duplicate');
  });

  it('refuses a speech that would take the collection past its size, with the figures', () => {
    // speeches of 25,000 characters (about 75 KB each as stored) up to just under 3 MB
    const big: CollectedSpeech[] = [];
    const itemBytes = collectionBytes([madeUp(25, 1000, 1000)]) - 2; // each made-up speech is as long (3-byte characters, same fields)
    const bytesOf = (n: number) => 2 + n * itemBytes + (n - 1); // "[", the items, their commas, "]"
    while (bytesOf(big.length + 1) <= MAX_COLLECTION_BYTES) big.push(madeUp(25, 1000 + big.length, 1000));
    expect(collectionBytes(big)).toBe(bytesOf(big.length));
    expect(big.length).toBeGreaterThan(10);
    const next = madeUp(25, 999, 1000);
    const outcome = addSpeech(big, next);
    if (outcome.kind !== 'full' || outcome.limit !== 'size') throw new Error(`expected the size limit, got ${outcome.kind}`);
    expect(outcome.maxBytes).toBe(MAX_COLLECTION_BYTES);
    expect(outcome.usedBytes).toBe(collectionBytes(big));
    expect(outcome.usedBytes + outcome.speechBytes).toBe(collectionBytes([...big, next]));
    expect(outcome.usedBytes + outcome.speechBytes).toBeGreaterThan(MAX_COLLECTION_BYTES);
    // a short speech still fits
    expect(addSpeech(big, madeUp(1, 998, 30)).kind).toBe('added');
  });
});

describe('removing and moving', () => {
  const items = [speechA, speechB, speechC];
  it('removes by id', () => {
    expect(removeSpeech(items, speechB.id).map((i) => i.id)).toEqual([speechA.id, speechC.id]);
    expect(removeSpeech(items, 'nope')).toEqual(items);
  });
  it('moves to a position, clamped to the list', () => {
    expect(moveSpeech(items, speechC.id, 0).map((i) => i.id)).toEqual([speechC.id, speechA.id, speechB.id]);
    expect(moveSpeech(items, speechA.id, 1).map((i) => i.id)).toEqual([speechB.id, speechA.id, speechC.id]);
    expect(moveSpeech(items, speechA.id, 99).map((i) => i.id)).toEqual([speechB.id, speechC.id, speechA.id]);
    expect(moveSpeech(items, 'nope', 0)).toEqual(items);
  });
});

describe('search in titles and outlines', () => {
  const items = [speechA, speechB, speechC];
  it('finds a speech by a word of its title, ignoring spaces and script', () => {
    expect(searchCollection(items, '防汛 备汛').map((h) => h.item.id)).toEqual([speechC.id]);
    expect(searchCollection(items, '動員會議').map((h) => h.item.id)).toEqual([speechA.id]);
  });
  it('finds a speech by an outline item and says which items hold it', () => {
    const item = speechA.outline.find((entry) => entry.text.includes('预防为主'))!;
    const hits = searchCollection(items, '预防为主');
    expect(hits.map((h) => h.item.id)).toEqual([speechA.id]);
    expect(hits[0]!.inTitle).toBe(false);
    expect(hits[0]!.outlineItems).toEqual([speechA.outline.indexOf(item)]);
  });
  it('does not search the body text; an empty query lists everything', () => {
    const bodyOnly = speechA.paragraphs.join('').slice(200, 212);
    expect(speechA.outline.some((o) => (o.marker + o.text).includes(bodyOnly))).toBe(false);
    expect(searchCollection(items, bodyOnly)).toEqual([]);
    expect(searchCollection(items, '  ')).toHaveLength(3);
  });
});

describe('validation', () => {
  it('round-trips a collection through JSON', () => {
    const items = [speechA, speechB, speechC];
    expect(parseCollection(JSON.parse(JSON.stringify(items)))).toEqual({ items });
  });

  it('names each problem by its path', () => {
    const value = [
      { ...speechA, title: 3 },
      { ...speechB, outline: [{ level: 0, marker: '一、', text: 'x' }, { level: 1, marker: '二、' }] },
      { ...speechC, addedAt: 'yesterday' },
      speechA,
      speechA,
    ];
    const read = parseCollection(value);
    expect('problems' in read && read.problems).toEqual([
      { path: 'collection[0]', message: COLLECTION_PROBLEM.shape },
      { path: 'collection[1].outline[0]', message: COLLECTION_PROBLEM.outlineItem },
      { path: 'collection[1].outline[1]', message: COLLECTION_PROBLEM.outlineItem },
      { path: 'collection[2].addedAt', message: COLLECTION_PROBLEM.addedAt },
      { path: 'collection[4].id', message: COLLECTION_PROBLEM.repeatedId },
    ]);
    expect(parseCollection({})).toEqual({ problems: [{ path: 'collection', message: COLLECTION_PROBLEM.notList }] });
  });

  it('refuses more speeches, or more bytes, than adding one by one would allow', () => {
    const many = Array.from({ length: MAX_COLLECTED_SPEECHES + 1 }, (_, i) => madeUp(1, i));
    expect(parseCollection(many)).toEqual({ problems: [{ path: 'collection', message: COLLECTION_PROBLEM.tooMany }] });
    const heavy = Array.from({ length: 45 }, (_, i) => madeUp(25, 2000 + i, 1000));
    expect(collectionBytes(heavy)).toBeGreaterThan(MAX_COLLECTION_BYTES);
    expect(parseCollection(heavy)).toEqual({ problems: [{ path: 'collection', message: COLLECTION_PROBLEM.tooLarge }] });
  });

  it('reads storage speech by speech: a damaged entry is left out, the others kept', () => {
    expect(collectionFromStored([speechA, { title: 'half' }, speechB, speechB])).toEqual([speechA, speechB]);
    expect(collectionFromStored(undefined)).toEqual([]);
  });
});

describe('text exports', () => {
  const items = [speechA, speechC];
  it('Markdown: the heading, then per speech its title, the source line and the outline as a nested list', () => {
    const markdown = renderCollectionMarkdown(items);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# 提纲汇编');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(items.map((i) => '## ' + i.title));
    expect(markdown).toContain('来源：www.gongwenhui.com　http://www.gongwenhui.com/a/3.html　2021-04-23');
    for (const item of speechA.outline) expect(lines).toContain('  '.repeat(item.level - 1) + '- ' + item.marker + item.text);
    expect(markdown.indexOf(speechA.title)).toBeLessThan(markdown.indexOf(speechC.title));
  });
  it('plain text: title, source line, outline indented by level, a blank line between speeches', () => {
    const text = renderCollectionText(items);
    const blocks = text.trim().split('\n\n');
    expect(blocks[0]).toBe('提纲汇编');
    expect(blocks[1]!.split('\n').slice(0, 2)).toEqual([speechA.title, '来源：www.gongwenhui.com　http://www.gongwenhui.com/a/3.html　2021-04-23']);
    expect(blocks[1]!.split('\n').slice(2)).toEqual(speechA.outline.map((o) => '  '.repeat(o.level - 1) + o.marker + o.text));
    expect(blocks[2]!.startsWith(speechC.title + '\n来源：www.xiezuofangchengshi.com')).toBe(true);
  });
  it('a speech with no outline says so', () => {
    expect(renderCollectionText([{ ...speechB, outline: [] }])).toContain('（未识别出提纲）');
  });
});
