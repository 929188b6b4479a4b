import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';

/** A mirror of a congress site: the headline, the page's bars, then the article's own heading block. */
const page = (overTheRepeat: string) => `人大网>文献资料>正文

人大常委会的组织制度和议事规则

来源:人大网 编辑:admin 2023-05-09 17:03:07

${overTheRepeat}

人大常委会的组织制度和议事规则

张明远

委员长、各位副委员长、秘书长、各位委员:

人民代表大会制度是我国的根本政治制度,是支撑国家治理体系和治理能力的根本制度安排。常委会的组织制度和议事规则,是这一制度的重要组成部分。

常委会组成以来,围绕立法、监督等工作作出了一系列安排,对加强自身建设提出了明确要求,各项工作取得了新的进展。`;

describe('the page\'s header between its headline and the title printed again', () => {
  it('goes with the page chrome, named', () => {
    const a = analyzeText(page('十四届人大常委会履职学习专题讲座第二讲'));
    expect(a.title).toBe('人大常委会的组织制度和议事规则');
    expect(a.paragraphs[0]).toBe('委员长、各位副委员长、秘书长、各位委员:');
    expect(a.removed).toContainEqual({ text: '十四届人大常委会履职学习专题讲座第二讲', reason: 'site-chrome', rule: 'site-chrome.kicker' });
  });

  it('a sentence there is no label, and stays', () => {
    const sentence = '本文根据专题讲座录音整理,有删节。';
    const a = analyzeText(page(sentence));
    expect(a.removed.map((r) => r.text)).not.toContain(sentence);
  });

  it('a posting date and a photo\'s caption there go; a host\'s labelled salutation stays', () => {
    const caption = 'Self Photos / Files - 商会主席骆承宇在致辞时表示,商会旨在凝聚合作新共识,推动会员企业在更大范围、更高水平上开展经贸往来';
    const speech = (between: string) => `返回
重要讲话
骆承宇主席关于答谢与会代表的致辞
${between}

骆承宇主席关于答谢与会代表的致辞

尊敬的各位商会成员:
大家好!
首先,请允许我以商会主席的身份,向应邀莅临论坛的各位朋友表示热烈的欢迎和衷心的感谢,我们将在这里一同商议推进经贸往来的长远计划。`;
    const a = analyzeText(speech(`2015年12月15日\n${caption}`));
    expect(a.title).toBe('骆承宇主席关于答谢与会代表的致辞');
    expect(a.removed).toContainEqual({ text: '2015年12月15日', reason: 'meta', rule: 'meta.posting-date' });
    expect(a.removed).toContainEqual({ text: caption, reason: 'site-chrome', rule: 'site-chrome.page-header' });
    expect(a.paragraphs[0]).toBe('尊敬的各位商会成员:');
    const host = analyzeText(speech('女:尊敬的各位来宾:'));
    expect(host.removed.map((r) => r.text)).not.toContain('女:尊敬的各位来宾:');
  });

  it('with the title printed once, the line over it is left to the other rules', () => {
    const once = page('十四届人大常委会履职学习专题讲座第二讲').replace('\n人大常委会的组织制度和议事规则\n\n张明远', '\n张明远');
    expect(analyzeText(once).removed.map((r) => r.rule)).not.toContain('site-chrome.kicker');
  });
});
