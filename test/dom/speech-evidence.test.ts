import { describe, expect, it } from 'vitest';
import { carriesSpeech, holdsSpeechSentence, OutlineSequence } from '../../src/dom/speech-evidence';

describe('holdsSpeechSentence', () => {
  it.each([
    '企业是安全生产的责任主体，必须把安全责任落实到每个岗位。',
    '我们要问一问自己：责任到底落实了没有？',
    '各乡镇要落实“党政同责、一岗双责”的要求！',
    // a notice glued into one clause spoils that clause only
    '版权所有，禁止复制企业是安全生产的责任主体，必须把安全责任落实到每个岗位。',
    '（一）压实企业主体责任。企业是安全生产的责任主体。',
  ])('a sentence of prose: %s', (text) => {
    expect(holdsSpeechSentence(text)).toBe(true);
  });

  it.each([
    '上一篇：在全县森林防火工作会议上的讲话',
    '标签：安全生产 讲话稿',
    'Copyright © 2016-2024 xx.com 版权所有',
    '本文由瑞文网用户投稿上传，仅供学习交流',
    '免责声明：本站所有文章来自网络，如有侵权请联系删除。',
    '本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。',
    '声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。',
    '扫一扫，关注公众号。',
    '同志们：',
    '一、提高政治站位，切实增强做好安全生产工作的责任感',
  ])('no sentence of prose: %s', (text) => {
    expect(holdsSpeechSentence(text)).toBe(false);
  });
});

describe('OutlineSequence', () => {
  it('takes a marker that opens a run or continues its family, not one out of the blue', () => {
    const outline = new OutlineSequence();
    expect(outline.continues('一、提高政治站位')).toBe(true);
    expect(outline.continues('二、突出重点领域')).toBe(false);
    outline.note('一、提高政治站位');
    expect(outline.continues('二、突出重点领域')).toBe(true);
    expect(outline.continues('（一）压实企业主体责任')).toBe(true);
    expect(outline.continues('（三）严格考核问责')).toBe(false);
    outline.note('（一）压实企业主体责任');
    outline.note('（二）加强部门协同监管');
    expect(outline.continues('（三）严格考核问责')).toBe(true);
  });

  it('reads past indentation and zero-width characters, and wants words after the marker', () => {
    const outline = new OutlineSequence();
    expect(outline.continues('\u3000\u3000\u200b（一）压实企业主体责任')).toBe(true);
    expect(outline.continues('1. ')).toBe(false);
    expect(outline.continues('1.')).toBe(false);
    expect(outline.continues('——相关推荐——')).toBe(false);
  });
});

describe('carriesSpeech', () => {
  it('reads past a copyright line glued into the text', () => {
    const outline = new OutlineSequence();
    expect(carriesSpeech('gongwenhui.com版权所有去年全县共排查整治隐患1260处，整改率达到98.5%。', outline)).toBe(true);
    expect(carriesSpeech('xx.com版权所有（一）压实企业主体责任', outline)).toBe(true);
    expect(carriesSpeech('公文汇 版权所有 苏ICP备12345678号', outline)).toBe(false);
  });
});
