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

describe('a kicker over the title printed again', () => {
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

  it('with the title printed once, the line over it is left to the other rules', () => {
    const once = page('十四届人大常委会履职学习专题讲座第二讲').replace('\n人大常委会的组织制度和议事规则\n\n张明远', '\n张明远');
    expect(analyzeText(once).removed.map((r) => r.rule)).not.toContain('site-chrome.kicker');
  });
});
