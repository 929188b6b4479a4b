import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText, splitTextIntoBlocks } from '../../src/core/analyze';
import { renderCleanText } from '../../src/core/render';
import { loadSeeds } from './seeds';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the seed documents', () => {
  for (const { name, text, gold } of loadSeeds()) {
    it(`${name}: title, paragraphs, outline and noise as in the gold`, () => {
      const a = analyzeText(text);
      expect(a.isSpeech).toBe(gold.isSpeech);
      expect(a.title).toBe(gold.title);
      expect(a.paragraphs.map(squash)).toEqual(gold.paragraphs.map(squash));
      const required = gold.outline.filter((i) => !i.optional).map((i) => `${i.level}${i.marker}${squash(i.text)}`);
      const got = a.outline.map((i) => `${i.level}${i.marker}${squash(i.text)}`);
      expect(got.filter((g) => required.includes(g))).toEqual(required);
      const out = squash(a.title + a.paragraphs.join(''));
      for (const n of gold.noise) expect(out.includes(squash(n)), n).toBe(false);
      // every removal is recorded with a reason
      for (const r of a.removed) expect(r.text.length).toBeGreaterThan(0);
    });
  }
});

describe('watermarks glued into paragraphs', () => {
  const speech = (body: string) => `在全市防汛工作会议上的讲话\n\n同志们：\n${body}\n谢谢大家！`;

  it('cuts brand + domain at the end, with or without a space', () => {
    const a = analyzeText(speech('要压实责任，确保万无一失。 公文汇 www.gongwenhui.com\n要加强值守。第一范文网WWW.DIYIFANWEN.COM'));
    expect(a.paragraphs).toContain('要压实责任，确保万无一失。');
    expect(a.paragraphs).toContain('要加强值守。');
    expect(a.removed.filter((r) => r.reason === 'watermark').map((r) => r.text)).toEqual(['公文汇 www.gongwenhui.com', '第一范文网WWW.DIYIFANWEN.COM']);
  });

  it('cuts a bare domain mid-sentence and joins the words around it', () => {
    const a = analyzeText(speech('各级各部门要认真做 m.chayi5.com 好各项防汛准备工作。'));
    expect(a.paragraphs).toContain('各级各部门要认真做好各项防汛准备工作。');
  });

  it('cuts a known brand between sentences and at the start, keeps it inside a phrase', () => {
    const a = analyzeText(speech('要落实责任。公务员之家 要加强检查。\n公文汇 今年汛期形势严峻。\n我们要把机关建成温暖的公务员之家。'));
    expect(a.paragraphs).toContain('要落实责任。要加强检查。');
    expect(a.paragraphs).toContain('今年汛期形势严峻。');
    expect(a.paragraphs).toContain('我们要把机关建成温暖的公务员之家。');
  });

  it('keeps government sites a speaker cites', () => {
    const a = analyzeText(speech('群众可以登录中国政府网 www.gov.cn 查询相关政策。'));
    expect(a.paragraphs).toContain('群众可以登录中国政府网 www.gov.cn 查询相关政策。');
  });

  it('learns an unknown brand from its own "brand + domain" line and removes it elsewhere', () => {
    const a = analyzeText(speech('要加强领导。\n笔杆子网 www.bigan.com\n要狠抓落实。笔杆子网'));
    expect(a.paragraphs).toEqual(['同志们：', '要加强领导。', '要狠抓落实。', '谢谢大家！']);
  });
});

describe('meta, breadcrumb and duplicate title', () => {
  it('lifts the date out of the meta line and drops the repeated title', () => {
    const a = analyzeText('当前位置：首页 > 讲话稿\n在教师节座谈会上的致辞\n发布时间：2023年9月8日 来源：网友投稿\n在教师节座谈会上的致辞\n各位老师：\n大家好！今天我们欢聚一堂，共庆教师节。');
    expect(a.title).toBe('在教师节座谈会上的致辞');
    expect(a.meta).toEqual({ date: '2023-09-08', source: '网友投稿' });
    expect(a.removed.map((r) => r.reason)).toEqual(['breadcrumb', 'meta', 'duplicate-title']);
    expect(a.paragraphs[0]).toBe('各位老师：');
  });

  it('takes the page title when the page gives one, and the host into meta', () => {
    const blocks = splitTextIntoBlocks('在全县三级干部大会上的讲话\n同志们：\n今天召开大会，部署全年工作。');
    const { analysis } = analyzeBlocks(blocks, { pageTitle: '在全县三级干部大会上的讲话', host: 'www.gwyoo.com' });
    expect(analysis.title).toBe('在全县三级干部大会上的讲话');
    expect(analysis.meta.host).toBe('www.gwyoo.com');
    expect(analysis.paragraphs[0]).toBe('同志们：');
  });
});

describe('verdicts for in-place cleaning', () => {
  it('give cut offsets into the raw block text, invisible characters and spaces included', () => {
    const raw = '\u3000\u3000要压实\u200b责任，确保万无一失。  公文汇 www.gongwenhui.com  ';
    const { verdicts } = analyzeBlocks([{ text: '在防汛会议上的讲话' }, { text: '同志们：' }, { text: raw }]);
    const v = verdicts[2]!;
    expect(v.role).toBe('body');
    expect(v.cuts).toHaveLength(1);
    const kept = raw.slice(0, v.cuts[0]!.start) + raw.slice(v.cuts[0]!.end);
    expect(kept.replace(/[\s\u200b]/g, '')).toBe('要压实责任，确保万无一失。');
    expect(verdicts[0]!.role).toBe('title');
  });

  it('mark whole noise blocks with their reason', () => {
    const { verdicts } = analyzeBlocks(splitTextIntoBlocks('在会上的讲话\n同志们：\n今天开会。\n赞助会员请点击:开通会员\n×'));
    expect(verdicts.map((v) => v.reason ?? v.role)).toEqual(['title', 'body', 'body', 'paywall', 'paywall']);
  });
});

describe('user rules', () => {
  it('remove plain-text and regex matches, whole lines or fragments, as user-rule', () => {
    const text = '在会上的讲话\n同志们：\n今天开会。【本文来自某某群】\n某某群独家整理第12期';
    const a = analyzeText(text, { userRules: [{ pattern: '【本文来自某某群】', regex: false }, { pattern: '^某某群独家整理第\\d+期$', regex: true }] });
    expect(a.paragraphs).toEqual(['同志们：', '今天开会。']);
    expect(a.removed.map((r) => [r.reason, r.text])).toEqual([
      ['user-rule', '【本文来自某某群】'],
      ['user-rule', '某某群独家整理第12期'],
    ]);
  });

  it('skips an invalid regex instead of throwing', () => {
    expect(() => analyzeText('同志们：\n今天开会。', { userRules: [{ pattern: '(', regex: true }] })).not.toThrow();
  });
});

describe('pages that are not Chinese template text', () => {
  it('keep their links and lines: noise rules only apply to Chinese text', () => {
    const blocks = splitTextIntoBlocks('An article\nwashingtonpost.com\nRead the full story at https://nodejs.org/api/inspector.html today.\n© 2015 The Washington Post');
    const { analysis } = analyzeBlocks(blocks);
    expect(analysis.removed).toEqual([]);
    expect(analysis.isSpeech).toBe(false);
  });

  it('a full link with a path in Chinese text is the author’s, not a watermark', () => {
    const a = analyzeText('在会上的讲话\n同志们：\n详见 https://www.example.com/notice/2023.html 的通知。');
    expect(a.paragraphs).toContain('详见 https://www.example.com/notice/2023.html 的通知。');
  });
});

describe('brand shapes no list knows', () => {
  const speech = (body: string) => `在全区党建工作会议上的讲话\n\n同志们：\n${body}\n谢谢大家！`;
  it('cuts Latin + 范文网 glued even to a heading, and 某某公文网 after a sentence end', () => {
    const a = analyzeText(speech('一、认清形势，增强责任感UNJS范文网\n要扩大组织覆盖。某某公文网\n要加快建设5G网\n要发展互联网。'));
    expect(a.paragraphs).toEqual(['同志们：', '一、认清形势，增强责任感', '要扩大组织覆盖。', '要加快建设5G网', '要发展互联网。', '谢谢大家！']);
  });
  it('cuts any site’s "…网" a space sets apart after the last sentence, not a 网 the sentence ends with', () => {
    const a = analyzeText(speech('少壮不努力，老大徒伤悲！ 献祝福网\n要加快建设覆盖城乡的物联网\n我们建成了全省最大的光纤网。 '));
    expect(a.paragraphs).toEqual(['同志们：', '少壮不努力，老大徒伤悲！', '要加快建设覆盖城乡的物联网', '我们建成了全省最大的光纤网。', '谢谢大家！']);
    expect(a.removed).toContainEqual(expect.objectContaining({ text: '献祝福网', reason: 'watermark' }));
  });
  it('cuts a Latin or numeric word of the title glued after the first paragraph’s last sentence, not a sentence’s number', () => {
    const text = `关于315的话\n尊敬的各位用户,今天是3月15日,也是全国消费者权益日。我想同大家聊一聊消费者权益这个话题。315\n作为消费者,我们也要增强自我保护意识。谢谢!`;
    const a = analyzeText(text);
    expect(a.paragraphs[0]).toBe('尊敬的各位用户,今天是3月15日,也是全国消费者权益日。我想同大家聊一聊消费者权益这个话题。');
    expect(a.removed).toContainEqual(expect.objectContaining({ text: '315', rule: 'watermark.title-keyword' }));
    expect(analyzeText(text.replace('话题。315', '话题。2024')).paragraphs[0]).toMatch(/话题。2024$/);
  });
  it('cuts a paywall’s count of what it holds back glued after the last sentence shown', () => {
    const a = analyzeText(speech('他的作品给了我们面对困难的勇气。(剩余1431字)'));
    expect(a.paragraphs).toContain('他的作品给了我们面对困难的勇气。');
    expect(a.removed).toContainEqual(expect.objectContaining({ text: '(剩余1431字)', rule: 'paywall.glued-remaining-count' }));
  });
  it('drops a source stamp whole, label and all', () => {
    const a = analyzeText(speech('要扩大组织覆盖。\n【本文来源：无忧考网 www.51test.net】'));
    expect(a.paragraphs).toEqual(['同志们：', '要扩大组织覆盖。', '谢谢大家！']);
  });
});

describe('a Latin brand before its domain', () => {
  it('goes with the domain it stamps', () => {
    const a = analyzeText('在全区党建工作会议上的讲话\n\n同志们：\n一、认清形势，增强责任感UNJS范文网 www.unjs.com\n要扩大组织覆盖，推动应建尽建。UNJS范文网 www.unjs.com');
    expect(a.paragraphs).toEqual(['同志们：', '一、认清形势，增强责任感', '要扩大组织覆盖，推动应建尽建。']);
  });
});

describe('speech-only rules', () => {
  it('take an editor credit off a speech but leave it in a news article', () => {
    const speech = analyzeText('在全县工作会议上的讲话\n\n同志们：\n今天，我们召开全县工作会议，部署今年工作。刚才，几位同志作了很好的发言。\n谢谢大家！\n责任编辑：王XX');
    expect(speech.isSpeech).toBe(true);
    expect(speech.removed).toContainEqual(expect.objectContaining({ text: '责任编辑：王XX', reason: 'meta' }));
    const news = analyzeText('我县召开工作会议\n本报讯 3月5日，我县召开工作会议，总结去年工作，部署今年任务。会议强调，各部门要压实责任。\n[责任编辑:肖春芳]');
    expect(news.isSpeech).toBe(false);
    expect(news.paragraphs).toContain('[责任编辑:肖春芳]');
  });
});

describe('contact text glued to a paragraph', () => {
  it('is cut after the last sentence, as contact', () => {
    const a = analyzeText('在全市招商引资工作大会上的讲话\n\n同志们：\n对工作不力的，要约谈主要负责同志。客服微信：gwyoo2024\n谢谢大家！');
    expect(a.paragraphs).toContain('对工作不力的，要约谈主要负责同志。');
    expect(a.removed).toContainEqual(expect.objectContaining({ text: '客服微信：gwyoo2024', reason: 'contact' }));
  });
});

describe('notices glued after the last sentence', () => {
  it('are peeled off (adjacent ones merge into one cut); the sentence stays', () => {
    const a = analyzeText('在全县防汛工作会议上的讲话\n\n同志们：\n各级各部门要把各项措施保障到位，确保万无一失。内容仅供学习,如需复制请赞助VIP会员。赞助会员请点击:开通会员\n谢谢大家！');
    expect(a.paragraphs).toContain('各级各部门要把各项措施保障到位，确保万无一失。');
    expect(a.removed).toEqual([expect.objectContaining({ reason: 'paywall', text: '内容仅供学习,如需复制请赞助VIP会员。赞助会员请点击:开通会员' })]);
  });
  it('leave a paragraph alone when its last sentence is speech', () => {
    const a = analyzeText('在全县防汛工作会议上的讲话\n\n同志们：\n要加强值守。要确保通讯畅通，会员单位要积极配合。\n谢谢大家！');
    expect(a.paragraphs).toContain('要加强值守。要确保通讯畅通，会员单位要积极配合。');
  });
});

describe('a stamp pasted twice', () => {
  it('goes whole, even when the domain runs into the next brand', () => {
    const a = analyzeText('在全区党建工作会议上的讲话\n\n同志们：\n一、认清形势，增强责任感UNJS范文网 www.unjs.comUNJS范文网 www.unjs.com\n要扩大组织覆盖，推动应建尽建。');
    expect(a.paragraphs).toContain('一、认清形势，增强责任感');
  });
});

describe('front matter on the title line and slogans mid-sentence', () => {
  it('takes a glued date off the title as the first paragraph', () => {
    const a = analyzeText('在全区优化营商环境推进大会上的讲话（2023年4月18日）\n同志们：\n今天，我们召开全区优化营商环境推进大会。刚才，几位同志作了发言。');
    expect(a.title).toBe('在全区优化营商环境推进大会上的讲话');
    expect(a.paragraphs.slice(0, 2)).toEqual(['（2023年4月18日）', '同志们：']);
    // a date in Chinese numerals, as older speeches print it
    const old = analyzeText('在庆祝五一劳动节大会上的演说(一九五○年四月二十九日)\n同志们:\n我们今天纪念五一劳动节,心情是格外激动的。');
    expect(old.title).toBe('在庆祝五一劳动节大会上的演说');
    expect(old.paragraphs[0]).toBe('(一九五○年四月二十九日)');
  });
  it('takes a masked speaker and a dated note off the title line too', () => {
    const a = analyzeText('在全市信访工作会议上的讲话 ** (2014年2月25日 根据录音整理)\n同志们: 这次全市信访工作会议,市委、市政府看得很重。今天我讲三点意见。');
    expect(a.title).toBe('在全市信访工作会议上的讲话');
    expect(a.paragraphs[0]).toBe('** (2014年2月25日 根据录音整理)');
    const kept = analyzeText('在全市信访工作会议上的讲话（2014年2月25日）的贯彻意见\n一、提高认识。');
    expect(kept.title).toBe('在全市信访工作会议上的讲话（2014年2月25日）的贯彻意见');
    // or the speaker's bare name after the date
    const named = analyzeText('在庆祝澳门回归招待会上的讲话 (一九九九年十二月二十日) 朱镕基\n各位来宾,各位朋友,各位同志: 今天,中国政府恢复对澳门行使主权。让我们举杯,为澳门的长期稳定与发展干杯!');
    expect(named.title).toBe('在庆祝澳门回归招待会上的讲话');
    expect(named.paragraphs[0]).toBe('(一九九九年十二月二十日) 朱镕基');
  });
  it("takes the speaker's byline and date off the title line as one paragraph, and an excerpt's tag as the site's", () => {
    const a = analyzeText('在市老龄协会第二次会员代表大会上的讲话 (摘要) 省老龄协会会长 周明远 (2012年5月8日)\n同志们: 很高兴出席这次大会,我代表省老龄协会表示热烈的祝贺。');
    expect(a.title).toBe('在市老龄协会第二次会员代表大会上的讲话');
    expect(a.paragraphs[0]).toBe('省老龄协会会长 周明远 (2012年5月8日)');
    expect(a.removed.map((r) => [r.rule, r.text])).toContainEqual(['title.excerpt-tag', '(摘要)']);
    // a title naming a post and a person is the name, not a byline ("…致辞" ends it; nothing after)
    const kept = analyzeText('在欢迎市长王立新一行座谈会上的讲话\n同志们: 很高兴出席这次座谈会。');
    expect(kept.title).toBe('在欢迎市长王立新一行座谈会上的讲话');
  });
  it('reads the front matter on a traditional title line as on a simplified one, and keeps its script', () => {
    const bylined = analyzeText('在市老齡協會第二次會員代表大會上的講話 (摘要) 省老齡協會會長 周明遠 (2012年5月8日)\n同誌們: 很高興出席這次大會,我代表省老齡協會表示熱烈的祝賀。');
    expect(bylined.title).toBe('在市老齡協會第二次會員代表大會上的講話');
    expect(bylined.paragraphs[0]).toBe('省老齡協會會長 周明遠 (2012年5月8日)');
    expect(bylined.removed.map((r) => [r.rule, r.text])).toContainEqual(['title.excerpt-tag', '(摘要)']);
    const dated = analyzeText('在投資集團董事長獲獎招待會上的致辭 2011年6月21日,英國倫敦亞洲之家\n尊敬的各位來賓: 今晚我們歡聚一堂,共同慶祝這一重要時刻。');
    expect(dated.title).toBe('在投資集團董事長獲獎招待會上的致辭');
    expect(dated.paragraphs[0]).toBe('2011年6月21日,英國倫敦亞洲之家');
  });
  it('cuts a brand with its slogan even mid-sentence, and keeps a phrase that only resembles one', () => {
    const a = analyzeText('在全县安全生产会议上的讲话\n\n同志们：\n但事故稿子汇,范文学习文库隐患依然较多。\n要打造公务员之家，建设学习平台。');
    expect(a.paragraphs).toContain('但事故隐患依然较多。');
    expect(a.paragraphs).toContain('要打造公务员之家，建设学习平台。');
  });
});

describe("a page's fuller title over the document's own heading", () => {
  const text = '在9月10日庆祝教师节暨优秀教职工表彰大会上的教师代表发言稿\n时间:2010-09-15 07:26:19 点击:545次\n教师代表发言稿\n尊敬的各位领导、各位同仁:\n大家下午好!\n秋风送爽,桂子飘香,我们一同迎来了第26个教师节。能作为教师代表发言,我深感荣幸。';
  it('takes the line that says where the speech was given, and keeps the heading as printed', () => {
    const a = analyzeText(text);
    expect(a.title).toBe('在9月10日庆祝教师节暨优秀教职工表彰大会上的教师代表发言稿');
    expect(a.paragraphs[0]).toBe('教师代表发言稿');
  });
  it('takes the line that adds only the 在 of "在…上的"', () => {
    const a = analyzeText('在护士节颁奖晚会上的致辞\n时间:2020-09-01 贺词致辞 点击:\n护士节颁奖晚会上的致辞\n今晚,我们相聚在这里,共同迎接国际护士节的到来。我代表院党总支向全院护理同仁送上节日的祝福!');
    expect(a.title).toBe('在护士节颁奖晚会上的致辞');
  });
  it("takes no site's name for a qualifier", () => {
    const a = analyzeText(text.replace('在9月10日庆祝教师节暨优秀教职工表彰大会上的教师代表发言稿', '晒文网教师代表发言稿'));
    expect(a.title).toBe('教师代表发言稿');
  });
});

describe('a title broken over two lines, printed whole above', () => {
  const body = ['同志们:', '建成社会主义现代化强国,根本在党。全面从严治党始终在路上,我们要一以贯之。'];
  it('joins the second half to a first half taken for the title', () => {
    const a = analyzeText(['坚持全面从严治党,走好新的赶考之路', '党课讲稿:坚持全面从严治党,走好新的', '赶考之路', ...body].join('\n'));
    expect(a.title).toBe('党课讲稿:坚持全面从严治党,走好新的赶考之路');
    expect(a.paragraphs[0]).toBe('同志们:');
  });
  it('starts the title at the first half when the second half was taken for it', () => {
    const a = analyzeText(['2019年党课讲稿----坚定理想信念做对党忠诚为党尽责的合格党员', '2020-06-05 13:45:55', '2019年党课讲稿----坚定理想信念做对党忠诚为党尽责的合格党员', '2019年党课讲稿----坚定理想信念做对党忠诚为党', '尽责的合格党员', ...body].join('\n'));
    expect(a.title).toBe('2019年党课讲稿----坚定理想信念做对党忠诚为党尽责的合格党员');
    expect(a.paragraphs[0]).toBe('同志们:');
  });
});

describe("a collection's numbered piece", () => {
  it('drops the title with its number in brackets above the salutation', () => {
    const a = analyzeText(['澄大校长毕业典礼讲话', '澄大校长毕业典礼讲话(一):', '各位嘉宾,老师们、同学们、朋友们:', '大家上午好!', '今天对同学们来说是人生中格外珍贵的一天,你们即将离开母校,走向新的旅程。'].join('\n'));
    expect(a.paragraphs[0]).toBe('各位嘉宾,老师们、同学们、朋友们:');
    expect(a.title).toBe('澄大校长毕业典礼讲话');
    expect(a.paragraphs.join('\n')).not.toContain('(一)');
  });
});

describe("a site's intro over a speech with no salutation", () => {
  it('goes whole when it closes by announcing what follows, and a closing keeps its own words', () => {
    const a = analyzeText(['致敬社区工作者的演讲稿', '社区工作者在社区有着多重身份,他们是社区生活的维护者,你写好演讲稿了吗?下面给大家带来的是致敬社区工作者的演讲稿1000字。', '今年是改革开放40周年,我很荣幸站上讲台,代表桐荫路社区和大家讲讲社区人的故事。', '社区人用脚步丈量民情,用真心化解矛盾,让居民住得舒心、过得安心。', '谢谢大家!以上就是小编整理的全部内容,希望对大家有所帮助。'].join('\n'));
    expect(a.paragraphs[0]).toBe('今年是改革开放40周年,我很荣幸站上讲台,代表桐荫路社区和大家讲讲社区人的故事。');
    expect(a.paragraphs.at(-1)).toBe('谢谢大家!');
  });
});

describe("a document viewer's page", () => {
  it("takes the uploaded file's name for the title when no line holds one", () => {
    const a = analyzeText(['老师在20XX届毕业典礼上的精彩发言.docx', '上传人:randyorton 文档编号:659959 上传时间:2018-11-22 格式:DOCX 页数:4 大小:17.67KB', '各位领导、老师、同学: 下午好! 很高兴能以教师代表的身份站在这里讲几句。你们是特别的一届,我为你们骄傲。'].join('\n'));
    expect(a.title).toBe('老师在20XX届毕业典礼上的精彩发言');
    expect(a.removed.map((r) => r.text)).toContain('老师在20XX届毕业典礼上的精彩发言.docx');
  });
});

describe('a guide that shows numbered samples', () => {
  it('reads as no speech, though its samples turn to an audience', () => {
    const a = analyzeText(['下面是为您汇总的开工仪式致辞范本:', '一、开工仪式致辞范本(精简版)', '1. 开场致意', '尊敬的各位领导、各位嘉宾、同事们:', '大家好!今天,我们欢聚于此,一同见证[项目名称]的开工典礼。借此机会,我谨代表[公司/单位],向关心项目建设的领导和一线建设者表示衷心的感谢!', '2. 项目意义与期许', '(示例1)', '“东风浩荡催帆起,万马奔腾正当时。今天的开工不只是项目的起步,更是我们共绘蓝图的新起点。希望全体建设者确保工程安全优质、按期完工!”', '(示例2)', '“一锤开局定乾坤,百业兴旺写新篇。让我们以起步即冲刺的状态,全力以赴,建设优质工程!”', '3. 结尾祝愿', '“衷心祝愿项目建设进展顺利!祝各位嘉宾身体健康!谢谢大家!”'].join('\n'));
    expect(a.isSpeech).toBe(false);
    expect(a.outline).toEqual([]);
  });
});

describe('a lead printed twice', () => {
  const title = '在全县工作会议上的讲话';
  const lead = '一是全年实现地区生产总值1.5亿元，同比增长6.18%。';
  const line = '要提高政治站位，切实增强责任感和使命感。';

  it('loses its first copy (the summary box) and keeps the speech’s own', () => {
    const a = analyzeText([title, '', '同志们：', lead, lead, line, '谢谢大家！'].join('\n'));
    expect(a.paragraphs).toEqual(['同志们：', lead, line, '谢谢大家！']);
    expect(a.removed).toEqual([{ text: lead, reason: 'site-chrome', rule: 'site-chrome.repeated-lead' }]);
  });

  it('is read again when the copies that go bring two others within reach, so a second cleaning finds nothing (fuzz seed -406893856)', () => {
    const text = [title, '', '同志们：', lead, line, line, line, lead, line, '谢谢大家！'].join('\n');
    const once = analyzeText(text);
    expect(once.paragraphs).toEqual(['同志们：', lead, line, '谢谢大家！']);
    const twice = analyzeText(renderCleanText(once));
    expect(twice.paragraphs).toEqual(once.paragraphs);
    expect(twice.removed).toEqual([]);
  });
});

describe('a numbered heading whose words come again under the next heading', () => {
  it('stays twice: each is the speech’s own point (property seed -344904272)', () => {
    const point = '（一）压实各方责任，确保各项措施落到实处。要聚焦重点领域，全面开展拉网式排查。对发现的问题，要建立台账，逐项销号。';
    const text = ['同志们：', '安全生产事关人民群众生命财产安全，事关改革发展稳定大局。', '一、提高政治站位，切实增强做好安全生产工作的责任感', point, '二、提高政治站位，切实增强做好安全生产工作的责任感', point, '（二）提高政治站位，切实增强做好安全生产工作的责任感'];
    const a = analyzeText(text.join('\n'));
    expect(a.outline.map((o) => o.marker)).toEqual(['一、', '（一）', '二、', '（一）', '（二）']);
    expect(a.removed).toEqual([]);
  });
});

describe('round-8 holdout shapes', () => {
  it("a site's intro above a piece heading glued to the salutation goes whole; the heading and its number go", () => {
    const text = [
      '先进单位发言稿',
      '在不断进步的社会中,用到发言稿的地方越来越多,好的发言稿可以引导听众。相信很多朋友都对写发言稿感到非常苦恼吧,下面是小编为大家收集的先进单位发言稿,仅供参考。',
      '先进单位发言稿1尊敬的各位领导,同志们:',
      '大家好!今天能代表先进集体在这里发言,我心里十分高兴。',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('先进单位发言稿');
    expect(a.paragraphs).toEqual(['尊敬的各位领导,同志们:', '大家好!今天能代表先进集体在这里发言,我心里十分高兴。']);
  });

  it("the document's own title glued to its flattened text, under the page's title with a qualifier, is the title", () => {
    const text = [
      '学校七一党课:初心易得 始终难守9500字',
      '七一党课:初心易得 始终难守按照市委统一部署,每位市委常委都要在七一前夕讲一次党课。今天我来和大家交流。',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('七一党课:初心易得 始终难守');
    expect(a.paragraphs).toEqual(['按照市委统一部署,每位市委常委都要在七一前夕讲一次党课。今天我来和大家交流。']);
    // a first paragraph that merely opens with words of the title keeps them
    const prose = analyzeText('学校七一党课:初心易得 始终难守\n七一党课的主题是初心,始终难守的是本心。今天我来和大家交流。');
    expect(prose.title).toBe('学校七一党课:初心易得 始终难守');
    expect(prose.paragraphs[0]).toBe('七一党课的主题是初心,始终难守的是本心。今天我来和大家交流。');
  });

  it("a school page flattened onto one line under its title: the stamp and the dated column go, the title's repeat goes, the speaker's byline and the speech stay whole", () => {
    const speech =
      '尊敬的老师,亲爱的同学们: 大家好,我是来自高二三班的程语桐。今天我演讲的题目是《铭记历史 珍惜当下》。 1945年9月3日,中国人民迎来了抗日战争的全面胜利。我们要把书读好,把本领学扎实。';
    const a = analyzeText(['铭记历史 珍惜当下 二维码', `发表时间:2017-09-04 22:51 国旗下讲话:(2017年9月4日) 铭记历史 珍惜当下 演讲者:学生会团委副书记 程语桐 ${speech}`].join('\n'));
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('铭记历史 珍惜当下');
    expect(a.paragraphs).toEqual([`演讲者:学生会团委副书记 程语桐 ${speech}`]);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['发表时间:2017-09-04 22:51', '国旗下讲话:(2017年9月4日)']));
  });

  it("a related list's items go with its heading, an item's question mark before its date included", () => {
    const text = [
      '小学家长会发言稿',
      '各位家长:',
      '孩子是一个家庭的盼头,今天坐在这里的各位家长,都盼着自家孩子将来能有出息。我们要一起努力。',
      '【小学家长会发言稿13篇】相关文章:',
      '叫叫阅读L1-L9适合上小学几年级的孩子?24-04-26',
      '河北上半年中小学教师资格考试(笔试)考试时间24-03-21',
      '推荐适合小学生阅读的书籍23-12-05',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs).toEqual(['各位家长:', '孩子是一个家庭的盼头,今天坐在这里的各位家长,都盼着自家孩子将来能有出息。我们要一起努力。']);
    // a question in the speech after such a heading ends the list
    expect(analyzeText(text.replace('叫叫阅读L1-L9适合上小学几年级的孩子?24-04-26', '孩子们都准备好了吗?')).paragraphs).toContain('孩子们都准备好了吗?');
  });

  it('a title in 【】 glued before the salutation is the title without its brackets', () => {
    const a = analyzeText('【中秋节晚会主持词】尊敬的各位领导、各位来宾,亲爱的朋友们:\n大家晚上好!\n秋风送爽,桂子飘香,我们相聚在这里。');
    expect(a.title).toBe('中秋节晚会主持词');
    expect(a.paragraphs[0]).toBe('尊敬的各位领导、各位来宾,亲爱的朋友们:');
  });

  it('the date and the office alone above the salutation are the speech\'s own lines, not its title', () => {
    const a = analyzeText('(2026年1月17日)\n武进区区长\n各位代表、同志们:\n今天,大会选举我担任区人民政府区长。在此,向各位代表表示感谢!');
    expect(a.title).toBe('');
    expect(a.paragraphs.slice(0, 3)).toEqual(['(2026年1月17日)', '武进区区长', '各位代表、同志们:']);
  });

  it('a meta line whose labels carry the site\'s prefix (范文作者/范文来源/范文栏目) is no title', () => {
    const a = analyzeText('庆七一演讲比赛演讲稿范文\n\n范文作者:佚名    范文来源:不详    范文栏目:七一建党节演讲稿    收藏本页\n\n各位评委、各位领导:\n大家好!今天我演讲的题目是《我爱这片热土》。');
    expect(a.title).toBe('庆七一演讲比赛演讲稿范文');
    expect(a.paragraphs[0]).toBe('各位评委、各位领导:');
  });
});

describe('a speech known only by its numbered wishes to the audience', () => {
  const points = ['二、希望你们坚守初心使命,牢记医者担当。选择从医这条路,意味着你们怀有医学理想,理想需要坚守。', '三、希望你们实干成就未来,共筑发展高地。未来可期,要把每一天的工作做好做实。'];
  it('two numbered "希望你们…" points make a speech with no title, salutation or genre word', () => {
    const text = ['医院总资产从XX亿提升到XX亿,综合得分排在全市第一位,这里的人在换,物在换,但百年大爱的承诺不改。', ...points].join('\n');
    expect(analyzeText(text).isSpeech).toBe(true);
  });
  it('one such point, or the wishes reported in a news item, do not', () => {
    expect(analyzeText(['医院总资产从XX亿提升到XX亿,综合得分排在全市第一位,这里的人在换,物在换,但百年大爱的承诺不改。', points[0]!].join('\n')).isSpeech).toBe(false);
    expect(analyzeText('院长在会上提出三点希望:一是希望大家坚守初心,二是希望大家实干担当,三是希望大家团结协作。会议由副院长主持,全院职工参加了会议,会后各科室进行了讨论。').isSpeech).toBe(false);
  });
});

describe('round-9 holdout shapes', () => {
  it("a site's intro goes whole above a speech that opens with its greeting alone (no salutation)", () => {
    const intro = '无论是身处学校还是步入社会,大家都尝试过写作吧。范文怎么写才能发挥它最大的作用呢?下面是小编帮大家整理的优质范文,仅供参考。';
    const a = analyzeText(['三等功获奖感言发言稿', intro, '大家下午好!', '我是计算机班的陈一鸣。今天有机会在这里发言,我感到非常荣幸。'].join('\n'));
    expect(a.paragraphs).toEqual(['大家下午好!', '我是计算机班的陈一鸣。今天有机会在这里发言,我感到非常荣幸。']);
    // without a 小编 the same sentences are the speaker's and stay
    const own = '无论是身处学校还是步入社会,大家都尝试过写作吧。我今天想说说写作。';
    expect(analyzeText(['三等功获奖感言发言稿', '大家下午好!', own].join('\n')).paragraphs).toEqual(['大家下午好!', own]);
  });

  it("a ceremony page: its role lines and the page's label over the text go, the heading over the salutation-and-greeting line is the title", () => {
    const text = [
      '空港小学第六周升旗仪式',
      '',
      '周次:第6',
      '',
      '辅导员:许晨阳',
      '',
      '升旗手、护旗手:吴子涵、刘欣悦',
      '',
      '主持人:周乐乐',
      '',
      '国旗下讲话内容',
      '',
      '歌颂祖国',
      '',
      '尊敬的老师、亲爱的同学们:大家好!     主讲人:程雨桐',
      '',
      '今天我演讲的题目是《我心中的五星红旗》。我们仰望国旗缓缓升起,耳边回响着雄壮的国歌。',
      '',
      '同学们,让心中的五星红旗永远飘扬!',
      '',
      '活动图片',
      '',
      '23AA286',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('歌颂祖国');
    expect(a.paragraphs).toEqual([
      '尊敬的老师、亲爱的同学们:大家好! 主讲人:程雨桐',
      '今天我演讲的题目是《我心中的五星红旗》。我们仰望国旗缓缓升起,耳边回响着雄壮的国歌。',
      '同学们,让心中的五星红旗永远飘扬!',
    ]);
    expect(a.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['meta.ceremony-roles', 'site-chrome.genre-content-label', 'site-chrome.picture-label', 'site-chrome.image-id']));
  });

  it('a page title with its spaces encoded as "+" over the title as printed: the printed one is the title', () => {
    const body = ['同志们:', '今天,我主要同大家一起谈谈党的宗旨。围绕这个题目,我准备从三个方面来讲。'];
    const a = analyzeText(['党课讲稿:牢记党的宗旨+忠心耿耿为民', '', '党课讲稿:牢记党的宗旨 忠心耿耿为民', '', ...body].join('\n'));
    expect(a.title).toBe('党课讲稿:牢记党的宗旨 忠心耿耿为民');
    expect(a.paragraphs).toEqual(body);
    // a "+" of the title's own ("互联网+") stays
    expect(analyzeText(['在“互联网+政务服务”推进会上的讲话', '', ...body].join('\n')).title).toBe('在“互联网+政务服务”推进会上的讲话');
  });

  it("the site's comment on the text after the speech's thanks goes; a speaker's own words about his speech stay", () => {
    const speech = ['运动会开幕式解说词', '尊敬的各位来宾,亲爱的老师们、同学们:', '我们迎来了学校运动会的隆重开幕。预祝本届运动会取得圆满成功!', '谢谢大家!'];
    const comment = '这段解说词旨在营造积极向上的氛围,强调运动会不仅是竞技的舞台。通过热情洋溢的语言,激发参与者的热情与';
    expect(analyzeText([...speech, comment].join('\n')).paragraphs).toEqual(speech.slice(1));
    const own = '这次讲话旨在统一思想,请大家回去认真传达。';
    expect(analyzeText([...speech.slice(0, 3), own, '谢谢大家!'].join('\n')).paragraphs).toContain(own);
  });

  it("the site's category and a post date under the title go; a script's own section label of another genre stays", () => {
    const a = analyzeText(['競職演講稿:只有知識才能改變命運', '', '競聘演講稿', '2012/3/21', '尊敬的各位領導:', '大家好!', '很榮幸能再一次參加競職演講。'].join('\n'));
    expect(a.title).toBe('競職演講稿:只有知識才能改變命運');
    expect(a.paragraphs).toEqual(['尊敬的各位領導:', '大家好!', '很榮幸能再一次參加競職演講。']);
    const script = analyzeText(['庆七一文艺汇演主持词', '开幕词', '男:尊敬的各位领导,', '女:亲爱的老师们、同学们:', '合:大家晚上好!'].join('\n'));
    expect(script.paragraphs[0]).toBe('开幕词');
  });

  it("the title as the site's keyword glued into sentences goes, the sentences stay; a topic in 《》 stays", () => {
    const a = analyzeText([
      '春季校园运动会闭幕式解说词范文',
      '',
      '女:尊敬的各位老师:',
      '男:亲爱的同学们:',
      '女:学生运动会经过整整一天的紧张角逐,已经顺利地完成了全部赛事,春季校园运动会闭幕式解说词。',
      '第一项:领导宣布比赛结果,致辞《春季校园运动会闭幕式解说词》。',
    ].join('\n'));
    expect(a.title).toBe('春季校园运动会闭幕式解说词范文');
    expect(a.paragraphs.slice(2)).toEqual(['女:学生运动会经过整整一天的紧张角逐,已经顺利地完成了全部赛事。', '第一项:领导宣布比赛结果,致辞。']);
    const topic = analyzeText(['我心中的五星红旗', '老师们、同学们:', '今天我演讲的题目是《我心中的五星红旗》。'].join('\n'));
    expect(topic.paragraphs[1]).toBe('今天我演讲的题目是《我心中的五星红旗》。');
  });

  it("a document's name glued after the colon that ends an agenda line goes; an act on the agenda stays", () => {
    const lines = ['同志们:', '今天的会议共有两项议程。', '下面,进行第一项议程:工作会议主持词', '请市委副秘书长通报全市工作情况。', '下面,进行第二项议程:大会开幕词'];
    const a = analyzeText(lines.join('\n'));
    expect(a.paragraphs).toEqual(['同志们:', '今天的会议共有两项议程。', '下面,进行第一项议程:', '请市委副秘书长通报全市工作情况。', '下面,进行第二项议程:大会开幕词']);
  });

  it("a collection flattened onto one line: the site's intro before the first piece's title and number goes, and so does a preview's button with the page's lines after it", () => {
    const text = [
      '小学元旦致辞范文1000字',
      '语言可以帮助我们交流思想,发言在我们生活中是最常见的形式。为满足你的需求,留学群特地编辑了“小学元旦致辞范文”,不妨马上收藏本页。 小学元旦致辞范文 篇1 亲爱的同学们、老师们、家长们: 大家新年好! 在这个欢乐祥和的日子里,我代表学校送上真诚的祝福,教师队伍爱岗敬... [ 查看全文 ]小学元旦致辞范文1000字的相关文章',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('小学元旦致辞范文');
    expect(a.paragraphs).toEqual(['亲爱的同学们、老师们、家长们: 大家新年好! 在这个欢乐祥和的日子里,我代表学校送上真诚的祝福,教师队伍爱岗敬...']);
    // the title quoted in the speaker's own sentence, with no piece number after it, stays
    const own = '今天我想谈谈元旦致辞。元旦致辞 是一种礼仪,亲爱的同学们要记住。';
    expect(analyzeText(['元旦致辞', '亲爱的同学们:', own].join('\n')).paragraphs).toContain(own);
  });

  it("a viewer's summary of the title, subtitle, date, salutation and opening, run together and cut off, goes; the text keeps its own lines", () => {
    const lines = ['在全县专题研讨班结业仪式上的讲话', '用情用智用力答好“发展之问”', '以昂扬的精神状态全力推动强县建设', '(2019年3月31日)', '同志们:', '县域不强,后劲难续。眼下,各地都在认真学习领会XXX,在高质量发展的赛道上你追我赶。'];
    const summary = '在全县专题研讨班结业仪式上的讲话用情用智用力答好"发展之问"以昂扬的精神状态全力推动强县建设(2019年3月31日) 同志们: 县域不强,后劲难续。眼下,各地都在认真学习领会习';
    const a = analyzeText([summary, ...lines].join('\n'));
    expect(a.title).toBe(lines[0]);
    expect(a.paragraphs).toEqual(lines.slice(1));
  });
});
