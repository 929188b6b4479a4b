import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

// A gallery's news page printing its honorary president's speech in full under its own report.
const headline = '翰墨画院报道——名誉院长周立言年会讲话';
const lead = '2023年11月5日,“丹青岁月”收藏展暨翰墨画院成立十周年年会在绵阳举行,市文联主席、市文旅局负责同志和画院名誉院长等到会并先后讲话。';
const header = ['守正创新 行稳致远', '---周立言名誉院长', '在翰墨画院成立10周年年会上的讲话', '2023年11月5日'];
const salutation = ['尊敬的各位领导、各位来宾', '尊敬的本院各位艺术家朋友和同仁:'];
const body = [
  '首先,再一次感谢市文联和市文旅局的领导在百忙之中到会指导。借此机会,我代表画院,向大家表示衷心的感谢。',
  '十年来,画院坚持以展览促创作,以创作带队伍,走出了一条自己的路。下面,我讲三点意见。',
];

describe("a speech printed in full under its report, known by its own header under the lead", () => {
  it("takes the speech's own title; the lead and the headline over it are the page's", () => {
    const a = analyzeText([headline, lead, ...header, ...salutation, ...body].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('守正创新 行稳致远');
    expect(a.paragraphs.slice(0, 4)).toEqual(header.slice(1).concat(salutation[0]!));
    const rules = Object.fromEntries(a.removed.map((r) => [r.text, r.rule]));
    expect(rules[lead]).toBe('meta.lead-before-own-header');
    expect(rules[headline]).toBe('meta.press-headline');
  });

  it('leaves a report whose lead is followed by a role list, or a speech whose own title was found, as they were', () => {
    // the names under the lead are the ceremony's roles, not a speech's header
    const roles = analyzeText([lead, '护旗手:', '邢子墨', '林周语桐', '国旗下演讲', '《杜绝校园欺凌 共建和谐校园》', ...salutation, ...body].join('\n'));
    expect(roles.removed.some((r) => r.rule === 'meta.lead-before-own-header')).toBe(false);
    // a title naming the occasion and the genre is the speech's own: the lines under it stay the text's
    const own = analyzeText(['周立言在翰墨画院成立10周年年会上的讲话', lead, ...header, ...salutation, ...body].join('\n'));
    expect(own.title).toContain('在翰墨画院成立10周年年会上的讲话');
    expect(own.removed.some((r) => r.rule === 'meta.lead-before-own-header')).toBe(false);
  });
});
