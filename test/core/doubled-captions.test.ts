import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

describe('doubled captions', () => {
  const head = ['跳到主要內容區', '蘇慧貞校長108級畢業典禮致詞全文'];
  const captions = ['蘇慧貞校長108級畢業典禮致詞勉勵畢業生', '成大108級畢業典禮在6月1日舉行'];
  const body = ['各位畢業同學、各位家長、師長:', '每年鳳凰花開,畢業典禮照例舉行,但今年有不少新鮮事想與大家分享。'];

  it('a picture\'s alt text and caption, the same line twice under the title, are the page\'s', () => {
    const a = analyzeText([...head, ...captions.flatMap((c) => [c, c]), ...body].join('\n'));
    expect(a.title).toBe(head[1]);
    expect(a.paragraphs).toEqual(body);
    expect(a.removed.filter((r) => r.rule === 'site-chrome.doubled-caption').map((r) => r.text)).toEqual(captions.flatMap((c) => [c, c]));
  });

  it('a caption printed once stays, and so does a line the speech says twice after its salutation', () => {
    const once = analyzeText([...head, '——在108級畢業典禮上的致詞', ...body].join('\n'));
    expect(once.paragraphs[0]).toBe('——在108級畢業典禮上的致詞');
    const said = analyzeText([...head, ...body, '謝謝大家!', '謝謝大家!'].join('\n'));
    expect(said.paragraphs.slice(-2)).toEqual(['謝謝大家!', '謝謝大家!']);
  });

  it('the title printed twice under itself is a repeat of the title', () => {
    const a = analyzeText([head[1], head[1], head[1], ...body].join('\n'));
    expect(a.removed.map((r) => r.rule)).toEqual(['duplicate-title', 'duplicate-title']);
  });
});
