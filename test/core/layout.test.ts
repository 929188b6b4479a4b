// The text-layout stage: hard wraps joined, page numbers and viewer chrome cut, leaked markup
// removed, a flattened document's title split off — and the verdicts handed back to the source
// blocks with exact offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText, splitTextIntoBlocks } from '../../src/core/analyze';
import { findFlattenedSplits } from '../../src/core/layout/flattened';
import { GLUED_CHROME_EXAMPLES } from '../../src/core/layout/glued-chrome.examples';
import * as OpenCC from 'opencc-js';
import { GLUED_CHROME_HINT, GLUED_CHROME_RULES } from '../../src/core/layout/glued-chrome';
import { columnWidth, findWraps } from '../../src/core/layout/hard-wraps';
import { layoutBlocks } from '../../src/core/layout/index';
import { findMarkdownBold, findMarkdownHeading } from '../../src/core/layout/markdown';
import { findLeakedTags } from '../../src/core/layout/markup';
import { findLeakedStylesheet } from '../../src/core/layout/stylesheet';
import { breaksMidSentence, findPageRuns, PAGE_NUMBER_LINE } from '../../src/core/layout/page-numbers';
import { normalizeText } from '../../src/core/normalize';
import { foldScript } from '../../src/core/script/fold';
import type { BlockVerdict } from '../../src/core/types';
import { nestedUnboundedQuantifiers } from './regex-safety';

// the converters mirror sites use (test/core/script.test.ts)
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The page as cleaning leaves it: noise blocks gone, cuts taken out of kept blocks. */
function applyVerdicts(blocks: readonly string[], verdicts: readonly BlockVerdict[]): string {
  return blocks
    .map((text, i) => {
      const v = verdicts[i]!;
      if (v.role === 'noise' || v.role === 'blank') return '';
      let out = '';
      let at = 0;
      for (const c of v.cuts) {
        out += text.slice(at, c.start);
        at = c.end;
      }
      return out + text.slice(at);
    })
    .join('');
}

describe('glued chrome (data)', () => {
  for (const rule of GLUED_CHROME_RULES) {
    describe(rule.id, () => {
      const { examples, nonExamples } = GLUED_CHROME_EXAMPLES[rule.id]!;
      it('cuts what each example documents, and leaves the non-examples', () => {
        expect(examples.length).toBeGreaterThan(0);
        const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''));
        for (const [text, cut] of examples) expect(pattern.exec(text)?.[0].trim(), text).toBe(cut);
        for (const text of nonExamples) expect(pattern.test(text), text).toBe(false);
      });
      it('holds its hint wherever it cuts, in either script (lines without it are passed over)', () => {
        for (const [text] of examples) {
          expect(rule.hint.test(text), text).toBe(true);
          expect(GLUED_CHROME_HINT.test(text), text).toBe(true);
          for (const traditional of [toTaiwan(text), toHongKong(text)]) expect(rule.hint.test(traditional), traditional).toBe(true);
        }
      });
      it('cannot backtrack catastrophically', () => {
        expect(nestedUnboundedQuantifiers(rule.pattern.source)).toEqual([]);
      });
    });
  }
  it('every rule has examples and every example a rule', () => {
    expect(Object.keys(GLUED_CHROME_EXAMPLES).sort()).toEqual(GLUED_CHROME_RULES.map((r) => r.id).sort());
  });

  it('a document whose lines only hint at chrome (a domain, a 标签) is left as it is, with no layout', () => {
    const hinting = ['在全县工作会议上的讲话', '同志们：', '一七范文网 www.site0.com', '丟上范文网 www.site1.com', '标签是会议材料的一种分类方式，要认真对待。'];
    expect(layoutBlocks(hinting.map((text) => ({ text })))).toBeUndefined();
    const glued = [...hinting, '秘书之家—全网资源每日更新www.mishuzj.com在全省经济工作会议上的讲话'];
    const layout = layoutBlocks(glued.map((text) => ({ text })));
    expect(layout?.blocks.map((b) => b.text)).toContain('在全省经济工作会议上的讲话');
    expect(layout?.removed.map((r) => r.rule)).toContain('watermark.glued-banner');
  });
});

/** A PDF's column of a meeting's minutes, as a viewer gives it: its lines broken mid-word. */
const MEETING_COLUMN = [
  '今天的全县安全生产工作会议是经县政府研究召开的, 会议',
  '的主要任务是认真传达省、市安全生产工作会议精神,研判',
  '形势,压实责任,全面安排近期工作。出席今天会议的有县',
  '安委会各成员单位,各乡镇乡镇长,安全员,县直各部门的分',
  '管负责人,安委会成员单位的业务骨干和股站长及全县规上',
  '企业的负责同志。今天的会议主要有三项议程。',
  '一、请安监局 *局长宣读《关于全县上半年事故情况的通',
  '报》;',
  '二、请 *同志讲话',
  '会议的各项议程已经全部进行完毕。 刚才,*局长宣读了 《关',
  '于全县上半年事故情况的通报》 ,*县长深入剖析了当前安全生',
  '产形势,对安全生产月活动和下步工作作了具体部署,*县长',
  '对抓好落实提出了明确要求。各乡镇、各部门及企业单位要',
  '按照会议部署,迅速抓好落实,切实做到安全生产认识到',
  '位,人员到位,措施到位,工作到位。为确保此次会议精神',
  '得到有效的',
];

describe('hard wraps', () => {
  it('joins a line stopped mid-clause to the next that opens with an acronym run into Chinese, and not to an English line', () => {
    const a = '在省、市各级政府部门的关心和扶持下,公司主动响应国家优先发展城市公共交通的号召,持续追踪当今客车领域的前沿技术,并联合潍柴';
    expect(findWraps([a, 'BRT快速公交客车。', '今天,我们齐聚在美丽的泉城。'])).toEqual([true, false, false]);
    expect(findWraps([a, 'Bus Rapid Transit vehicles.', '今天,我们齐聚在美丽的泉城。'])).toEqual([false, false, false]);
  });

  // A PDF export: every full line has the same width and most stop mid-sentence.
  const pdf = [
    '作风党课:深刻认识密切联系群众的重大意义,着',
    '力营造干事创业风清气正良好氛围',
    '根据机关党委关于领导干部下支部讲党课的安排,结合近期学习,联系自己对密',
    '切联系群众的一些理解和体会,今天,我以《深刻认识密切联系群众的重大意',
    '义,着力营造干事创业风清气正良好氛围》为题,和大家一起学习讨论,主要从',
    '端正思想认识这个角度讲讲自己对党的群众路线的一些思考。',
    '一、密切联系群众是我们党的最大政治优势。',
    '回顾党的百年奋斗历程,我们党从小到大、由弱变强,最根本的一条就是始终同',
    '人民群众心连心。翻开《中国共产党简史》可以看到,大革命时期,党在工人和',
    '农民中广泛开展宣传组织工作,湘、鄂、粤等省农民运动蓬勃兴起,全国农民协',
    '会会员一度发展到九百多万人,最困难时几乎陷入绝境,却能一次次化险为夷。',
  ];

  it('finds the column of a PDF export and joins its full lines that go on', () => {
    expect(columnWidth(pdf)).toBeDefined();
    expect(findWraps(pdf)).toEqual([true, false, true, true, true, false, false, true, true, true, false]);
  });

  it('reads a column printed double-spaced as the column, and the layout drops the blank lines it joins across', () => {
    const spaced = pdf.flatMap((line, i) => (i ? ['', line] : [line]));
    const wraps = findWraps(spaced);
    // each join stands at the same line as in the single-spaced column; none at a blank line
    expect(spaced.map((_, i) => wraps[i]).filter((_, i) => i % 2 === 0)).toEqual(findWraps(pdf));
    expect(wraps.filter((_, i) => i % 2 === 1).every((w) => !w)).toBe(true);
    const layout = layoutBlocks(spaced.map((text) => ({ text })))!;
    expect(layout.blocks.map((b) => b.text.replace(/\n/g, '')).filter(Boolean)).toEqual([
      pdf.slice(0, 2).join(''),
      pdf.slice(2, 6).join(''),
      pdf[6],
      pdf.slice(7).join(''),
    ]);
    // paragraphs a page sets apart with blank lines are no column: nothing is joined across them
    const paragraphs = ['在全县安全生产工作会议上的讲话', '', '同志们:', '', '今天,我们召开全县安全生产工作会议,主要任务是总结去年工作,部署今年任务。', '', '刚才,几位同志作了很好的发言,我都同意。下面,我讲三点意见。'];
    expect(findWraps(paragraphs).some(Boolean)).toBe(false);
  });

  it('joins a line a little short of the column that stops mid-word, and a heading only to its remnant', () => {
    const column = MEETING_COLUMN;
    expect(columnWidth(column)).toBeDefined();
    expect(findWraps(column)).toEqual([true, true, true, true, true, false, true, false, false, true, true, true, true, true, true, false]);
    // a numbered heading as wide as that goes on only into its own remnant, never into the paragraph below
    const heading = [...column.slice(0, 6), '一、进一步提高认识切实增强做好安全生产工作的责任感', '安全生产是一切工作的前提,各级要从讲政治的高度认识这项工作。'];
    expect(findWraps(heading).slice(6)).toEqual([false, false]);
  });

  // A PDF column whose lines with more punctuation hold a character or two more (the typesetting
  // narrowed the marks), its heading wrapped before its last word.
  const riverColumn = [
    '今天,我们在这里召开全区总河长会议,主要任务是贯彻落',
    '实省委省政府总河长会议精神,部署当前和下一阶段全区河长',
    '制重点任务。总的来看,河长制湖长制工作取得了积极进展,',
    '但对照中央和省、市部署要求,对照全区群众的殷切期盼,我',
    '们的工作还存在不小差距,还需要我们继续瞄准目标,久久为功,',
    '集全区之力推动各类河湖问题整改到位、各项任务落地见效。',
    '下面,我讲三点意见。',
    '一、提高思想认识,深刻把握全面推行河长制工作的重大',
    '意义',
    '全面推行河湖长制是党中央为强化河湖管理作出的重大改革',
    '部署,是建设美丽中国的重要抓手,是守护生态环境的现实需',
    '要,实践证明是卓有成效的。省委主要领导同志近日考察青澜河、',
    '白鹭江治理项目时指出,青澜河、白鹭江都是沿岸群众的母亲',
    '河,守护好母亲河是关系长远发展和子孙福祉的千秋大计。',
  ];

  it('finds the column when a few lines run over it by a character or two, and joins a heading to its last word', () => {
    expect(columnWidth(riverColumn)).toBeDefined();
    expect(findWraps(riverColumn)).toEqual([true, true, true, true, true, false, false, true, false, true, true, true, true, false]);
    // a heading's bare remnant is a word or two: a longer unmarked line under it is a line of its own
    const longer = [...riverColumn.slice(0, 7), riverColumn[7]!, '意义重大影响深远', ...riverColumn.slice(9)];
    expect(findWraps(longer)[7]).toBe(false);
  });

  it('never joins a title to its own repeat, however full (a page title over the document’s own)', () => {
    const column = MEETING_COLUMN.slice(0, 6);
    const title = '在2017年全县安全生产工作暨安委会全体会议上的讲话';
    expect(findWraps([title, '在2017 年全县安全生产工作暨安委会全体会议上的讲话', '同志们:', ...column]).slice(0, 5)).toEqual([false, false, false, true, true]);
  });

  it('finds no column in web paragraphs of different lengths', () => {
    expect(columnWidth(['同志们:', '今天我们召开全县安全生产工作会议。', '这次会议的主要任务是总结去年工作,部署今年任务,动员全县上下进一步统一思想。'])).toBeUndefined();
  });

  it('joins a long prose line that stops mid-word in prose whose lines end with punctuation', () => {
    const lines = [
      '在欢送援疆干部人才大会上的讲话',
      '尊敬的领导、各位同事:',
      '大家好!今天我们在这里隆重集会,欢送即将启程的援疆干部人才,为大家壮行。',
      '但是,我们也必须看到援疆工作中面临的诸多困难和考验,如今的任务对大家的素质和能力有着更',
      '高的要求,需要大家在陌生的环境中处理好各种复杂敏感的问题,才能真正找准症结。',
      '因此,我希望每一位援疆干部都要牢记使命,以满腔热忱投入到援疆工作中去。',
    ];
    expect(findWraps(lines)).toEqual([false, false, false, true, false, false]);
    // the rest of the sentence may start with a blanked name
    const blanked = [...lines.slice(0, 3), '特别是***区党工委成立以来,我们真切地感受到***区立足全市建设规划和实际,提出了', '***区新的发展目标,集中精力抓经济、抓招商,让我们看到了希望。', lines[5]!];
    expect(findWraps(blanked)).toEqual([false, false, false, true, false, false]);
    // a paragraph that closes on a phrase set off by a dash has finished
    const dashed = [...lines.slice(0, 3), '时光匆匆,转眼间我来公司已经两年了,他们每天起早贪黑,守护着小区的每一寸土地,他们就是我心中最可爱的人——物业人', '我们小区的每一寸土地和一草一木,都浸透了他们辛勤的汗水。', lines[5]!];
    expect(findWraps(dashed)).toEqual([false, false, false, false, false, false]);
    // a transcript's turn that stops on an ideograph ends where the next speaker's name opens a line
    const turns = [...lines.slice(0, 3), '江教授:当春天的阳光洒满美丽的校园,我想和大家一起做一个浪漫的想象,在距离我们400公里的太空中有一扇舷窗', '许若溪:我会想到升空的火箭、出舱的航天员,还有浩瀚的星空。', lines[5]!];
    expect(findWraps(turns)).toEqual([false, false, false, false, false, false]);
  });

  it('never joins the two sides of a trial copy\'s fold, however the line before it stops', () => {
    const text = [
      '在欢送援疆干部人才大会上的讲话',
      '尊敬的领导、各位同事:',
      '大家好!今天我们在这里隆重集会,欢送即将启程的援疆干部人才,为大家壮行。',
      '但是,我们也必须看到援疆工作中面临的诸多困难和考验,如今的任务对大家的素质和能力有着更......此处隐藏1268字,下载文档可见......对援疆工作寄予了殷切期望,需要大家在陌生的环境中处理好各种复杂敏感的问题。',
      '因此,我希望每一位援疆干部都要牢记使命,以满腔热忱投入到援疆工作中去。',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs).toContain('但是,我们也必须看到援疆工作中面临的诸多困难和考验,如今的任务对大家的素质和能力有着更');
    expect(a.paragraphs).toContain('对援疆工作寄予了殷切期望,需要大家在陌生的环境中处理好各种复杂敏感的问题。');
  });

  it('joins a host\'s label broken from its colon, and no other short line', () => {
    expect(findWraps(['男', ':在我们共同见证祖国发展的时刻。', '女:在这样的时刻,我们真切感受到事业的蓬勃兴旺。'])).toEqual([true, false, false]);
    expect(findWraps(['谢谢', ':在我们共同见证祖国发展的时刻。'])?.some(Boolean) ?? false).toBe(false);
  });

  it('joins a remnant of one to three characters and a lone character after a comma', () => {
    expect(findWraps(['现在,我提议:为两市的合作和各位朋友的身体健康、事业兴旺、家庭幸福,干', '杯!'])).toEqual([true, false]);
    // a sentence's own full stop wrapped onto a line of its own joins it; after a finished sentence it does not
    expect(findWraps(['结合大家通报的情况,我先讲几点意见', '。', '一、把握形势'])).toEqual([true, false, false]);
    expect(findWraps(['我先讲几点意见。', '。'])).toEqual([false, false]);
    expect(findWraps(['作风党课:深刻认识密切联系群众的重大意义,着', '力营造干事创业风清气正良好氛围'])).toEqual([true, false]);
  });

  it('reads through converter pinyin', () => {
    const lines = [
      '各位運(yùn)動(dòng)員(yuán),我們的先驅們正是懷著理想創(chuàng)立了世界大學(xué)生運(yùn)動(dòng)會(huì),也正因為(wèi)有了你們,它才充滿活力。大運(yùn)會(huì)',
      '屬于你們。讓大運(yùn)會(huì)成為(wèi)青春的節(jié)日。',
      '請(qǐng)大家牢記,大運(yùn)會(huì)的意義遠(yuǎn)不止獎牌和名次。',
    ];
    expect(findWraps(lines)).toEqual([true, false, false]);
  });

  it('never joins headings, salutations, blank lines, verse or a paragraph ending in a glued brand', () => {
    // a numbered heading with commas stops without punctuation
    expect(findWraps(['一、牢记硬约束,拧紧安全阀,切实增强纪律建设的自觉性与坚定性并在工作中贯彻始终', '说起纪律规矩,在座的各位都不陌生,这些年来要求不断细化。'])).toEqual([false, false]);
    // a title over the salutation
    expect(findWraps(['在第26届世界大学生夏季运动会开幕式上的致辞', '尊敬的各位来宾,亲爱的朋友们:'])).toEqual([false, false]);
    // a blank line separates
    expect(findWraps(['但是,我们也必须看到援疆工作中面临的诸多困难和考验,如今的任务对大家有着更', '', '高的要求,需要大家深入村组。'])).toEqual([false, false, false]);
    // verse-like lines of a 主持词: stopping without punctuation is the style
    const verse = [
      '春风送暖,万物复苏,在这美好的季节里,我们欢聚一堂,共同庆祝这个属于我们的节日',
      '岁月如歌,我们走过了风风雨雨,时光如梭,我们迎来了崭新的一年,让我们携手同行',
      '回首过去,我们满怀豪情,展望未来,我们信心百倍,让我们一起放飞梦想,共创辉煌',
      '今天,我们在这里隆重集会,共同见证这一激动人心的时刻,分享收获的喜悦和成长的快乐',
      '下面,请欣赏由全体师生带来的大合唱,让我们用热烈的掌声欢迎他们的精彩表演!',
    ];
    expect(findWraps(verse).some(Boolean)).toBe(false);
    // a paragraph with a site's name glued after its last sentence
    expect(findWraps(['要提高政治站位,切实增强责任感和使命感,确保各项工作落到实处。稿子汇,范文学习文库', '各级各部门要压实责任,确保各项工作落到实处。'])).toEqual([false, false]);
    // a photo credit after a caption
    expect(findWraps(['王代表在分组审议时发言,介绍了家乡的发展变化。记者 刘晨 张扬 摄', '李代表的发言刚结束,王代表便立刻起身,走上了发言席。'])).toEqual([false, false]);
  });

  it('joins a short line that carries on a wrapped line and stops mid-clause (a board wrapped at a phrase)', () => {
    const board = [
      '岁月的长河,奔流不息,一晃之间我们的母校已经度过了七十九个寒暑。在这段悠',
      '长的岁月里,祖国从昔日的饱受欺凌走到今天的自立自强;从昔日的一穷二白,走',
      '到今天的欣欣向荣;从昔日的连年动荡走到今天的安定祥和。学校也在起伏的历',
      '程中,几度风霜,几度迁徙,由弱到强不断壮',
      '大,取得了令人称道的骄人成就:楼宇拔地起,桃李遍四方。为祖国输送了成千上',
      '万的优秀人才,有在各级岗位上担当重任的领导干部,有各个领域里的院士、学者、',
      '专家、教授、将军,更有数不清的平凡的劳动者,他们都在各自的岗位上踏踏实实。',
      '我们为母校骄傲。',
    ];
    expect(findWraps(board)).toEqual([true, true, true, true, true, true, false, false]);
    // a short line after a paragraph's full stop, or one that is not a wrapped line's rest, ends there
    const ended = [...board.slice(0, 3), '程中,几度风霜,几度迁徙。', ...board.slice(4)];
    expect(findWraps(ended)[3]).toBe(false);
  });

  it('does not join a column line ending in a colon to a numbered point', () => {
    const lines = [
      '下面,我就做好今冬明春森林防火工作,讲几点意见,请同志们认真抓好落实,切实做',
      '到守土有责、守土负责、守土尽责,确保全市不发生重特大森林火灾,具体讲三点:',
      '一、提高认识,始终守住森林防火这道关口,确保全市森林资源安全和人民群众生',
      '命财产安全,为全市经济社会发展营造良好环境,这是我们义不容辞的政治责任。',
      '近年来,上至党中央国务院、下到省市各级党委政府,对森林防火工作日益重视,在各',
      '个层面都作出了一系列部署,我们要把思想和行动统一到上级的决策部署上来。',
    ];
    expect(columnWidth(lines)).toBeDefined();
    expect(findWraps(lines)).toEqual([true, false, true, false, true, false]);
  });
});

describe('page numbers', () => {
  const page1 =
    '1、县工商联九届三次代表大会预备会主持词 各位代表: 县工商联九届三次代表大会,在县委的坚强领导和统战部的悉心指导下,经过各会员单位和全体代表的齐心协作,各项准备工作均已完成,明天上午正式开幕。开好这次会议,是全县非公有制经济领域的一件大事。今天下午先召开大会预备会议。本次预备会共有三项议程。下面逐项进行。一、表决大会秘书长、副秘书长人选。请会务组宣读大会秘';
  const page2 = '2、书长人选(草案),(宣读结束后)请各位代表对上述人选(草案)提出意见,(稍停)各位代表如无不同意见,下面进行表决。';

  it('finds the numbers that open viewer pages, and the page that breaks mid-word', () => {
    expect(findPageRuns([page1, page2]).map((run) => run.map((s) => s.line))).toEqual([[0, 1]]);
    expect(breaksMidSentence(page1)).toBe(true);
    expect(breaksMidSentence(page2)).toBe(false);
  });

  it('leaves a numbered list alone', () => {
    const items = ['1、我局承建的北岸水厂配套供水管网工程,包括东湖加压泵站等六个子项,工程概算投资共3825万元。'.repeat(2), '2、滨江路二期全长4.2公里,为北岸水厂供水。'];
    expect(findPageRuns(items)).toEqual([]);
    expect(findPageRuns(['1、表决大会秘书长人选(草案);', '2、表决会议主席团成员名单(草案);'])).toEqual([]);
  });

  it('knows a page number on a line of its own', () => {
    for (const line of ['2', '- 3 -', '第2页', '第 1 页 共 5 页', '3/12']) expect(PAGE_NUMBER_LINE.test(line), line).toBe(true);
    for (const line of ['2023', '一', '第一页的内容', '3、加强领导']) expect(PAGE_NUMBER_LINE.test(line), line).toBe(false);
  });

  it('cuts the numbers, joins the pages and reads the title and the outline', () => {
    const text = `${page1}\n${page2}`;
    const a = analyzeText(text);
    expect(a.title).toBe('县工商联九届三次代表大会预备会主持词');
    expect(squeeze(a.paragraphs.join(''))).toContain('请会务组宣读大会秘书长人选');
    expect(a.removed.filter((r) => r.rule === 'site-chrome.page-number').map((r) => r.text)).toEqual(['1、', '2、']);
    expect(a.outline.some((o) => o.marker === '2、')).toBe(false);
  });

  it('joins a page that breaks mid-sentence to the next across the viewer\'s blank line', () => {
    const text = [
      '村委会换届领导讲话',
      '',
      '1、村委会换届领导讲话:  同志们:  今天,我们在这里顺利完成了村党总支委员会的换届。大家严格依照工作方案,规范履行各项程序,经过充分酝酿推荐、民主测评、无记名投票,产生了新一届党总支部班子。借此机会,我代表镇党委,向新当选的各位支部成员表示热烈的祝贺。推行“两推一选”,体现群众公认的原则,既推动了农村民主政治建设,',
      '',
      '2、又是加强和改进党对农村工作领导的重要途径。它突出公开、公正、竞争、择优。',
    ].join('\n');
    const a = analyzeText(text);
    expect(a.paragraphs.filter((p) => squeeze(p).includes('建设,又是加强'))).toHaveLength(1);
  });
});

describe('a page number on a line of its own between two pages', () => {
  const head = ['在项目开工建设仪式上的讲话', '', '各位领导、各位来宾,同志们:', ''];
  const paragraph = (broken: string, rest: string) => analyzeText([...head, broken, '', '1', '', rest, '', '谢谢大家!'].join('\n'));

  it('joins the word it broke across the viewer\'s blank lines', () => {
    const a = paragraph('一要以建促增,稳住经济增长基本盘。项目建设既是工业强县的重要支撑,也是经济增长的内在动力,存量调优离不开新项目, 增', '量做大也离不开新项目,总量扩张更离不开新项目。');
    expect(a.removed.map((r) => r.rule)).toContain('site-chrome.page-number');
    expect(a.paragraphs.filter((p) => squeeze(p).includes('新项目,增量做大'))).toHaveLength(1);
  });

  it('reads two numbers in a row (a date printed a number to a line) as no page break: the breadcrumb over them and the title under them stay apart', () => {
    const page = ['您当前的位置:励志大学 > 范文大全 > 即兴演讲 > 在食品药品安全工作会议上的讲话', '02', '12', '', '在食品药品安全工作会议上的讲话', '', '同志们:', '县委、县政府决定召开这次会议,主要任务是部署全县今年的食品药品安全工作。'];
    const a = analyzeText(page.join('\n'));
    expect(a.title).toBe('在食品药品安全工作会议上的讲话');
    expect(a.removed.map((r) => r.text)).toContain(page[0]);
  });

  it('keeps a heading and the paragraph after the page apart', () => {
    const a = paragraph('一、坚定信心,乘势而上,奋力推动重点项目建设取得新的更大成效和新的突破', '今年是全面完成各项目标任务的关键之年,我们要切实增强责任感和紧迫感。');
    expect(a.outline.map((o) => o.marker)).toContain('一、');
    expect(a.paragraphs.some((p) => p.startsWith('今年是全面完成'))).toBe(true);
    // …and the next page's heading apart from the text before it
    const b = paragraph('一要以建促增,稳住经济增长基本盘。项目建设既是工业强县的重要支撑,也是经济增长的内在动力,全县上下要咬定目标不放松', '二要以建促转,推动产业结构调整优化。');
    expect(b.outline.map((o) => o.marker)).toEqual(['一要', '二要']);
  });

  it('cuts the number glued after the page\'s last word and joins the word it broke; a line ending in a figure keeps it', () => {
    const glued = (broken: string, rest: string) => analyzeText([...head, broken, '', rest, '', '谢谢大家!'].join('\n'));
    const a = glued('志愿服务活动为社会不同阶层、不同行业的人士广泛参与社会服务搭建了平台,也是社会大众爱心和良知的集 1', '体表现,是公众参与和回馈社会的一种方式。');
    expect(a.removed).toContainEqual({ text: '1', reason: 'site-chrome', rule: 'site-chrome.page-number' });
    expect(a.paragraphs.filter((p) => squeeze(p).includes('良知的集体表现,是公众参与'))).toHaveLength(1);
    const b = glued('全县上下要咬定目标不放松,今年计划实施的重点项目共有 12', '二要以建促转,推动产业结构调整优化。');
    expect(b.paragraphs.some((p) => p.endsWith('共有 12'))).toBe(true);
  });
});

describe('page breaks inside a flattened PDF', () => {
  it('cuts the footer and the separator rule, and keeps the sentence they split', () => {
    const text = '环卫工人发言稿\n尊敬的各位领导、同志们: 大家好!我们一定齐心协力,继续发扬“宁 收集于网络,如有侵权请联系管理员删除 __________________________________________________ 愿一人脏,换来万人洁”的环卫精神。';
    const a = analyzeText(text);
    expect(squeeze(a.paragraphs.join(''))).toContain('继续发扬“宁愿一人脏,换来万人洁”的环卫精神。');
    // the footer and the rule under it are one stretch taken out
    expect(a.removed.filter((r) => r.rule === 'site-chrome.viewer-page-break').map((r) => r.text)).toEqual(['收集于网络,如有侵权请联系管理员删除 __________________________________________________']);
  });
});

describe('leaked markup', () => {
  it('finds the tags of a leaked paragraph list, and not a lone comparison', () => {
    const tags = findLeakedTags('<p class="ql-block">同学们:</p><p class="ql-block"> 秋风送爽,桂子飘香。</p>');
    expect(tags.map((t) => t.block)).toEqual([true, true, true, true]);
    expect(findLeakedTags('当x<3且y>5时,结果为真。')).toEqual([]);
  });

  it('splits the paragraphs at block tags and lists the tags as removed', () => {
    const text = '2024中秋贺词\n\n<p class="ql-block">同学们:</p><p class="ql-block"> 秋风送爽,桂子飘香。明天就是中秋佳节,我向同学们送上真挚的问候。</p><p class="ql-block"> 让我们携手拥抱金秋吧!</p>';
    const a = analyzeText(text);
    expect(a.paragraphs).toEqual(['同学们:', '秋风送爽,桂子飘香。明天就是中秋佳节,我向同学们送上真挚的问候。', '让我们携手拥抱金秋吧!']);
    // one entry per stretch of markup: the tags between two paragraphs come out together
    expect(a.removed.filter((r) => r.rule === 'site-chrome.markup').map((r) => r.text)).toEqual(['<p class="ql-block">', '</p><p class="ql-block">', '</p><p class="ql-block">', '</p>']);
  });
});

describe('a hijacked page’s empty elements printed as text', () => {
  it('cuts each line of them whole, a list’s number before them too, and keeps the speech', () => {
    const junk = ['<source id="rvwsq"></source>', '<track id="rvwsq"></track>', '1. <b id="rvwsq"></b>', '1. <wbr id="rvwsq"></wbr>', '2. <video id="rvwsq"></video>'];
    const speech = ['在首个全球“孔子学院日”启动仪式上的致辞', '女士们、先生们、朋友们:', '大家上午好!今天我们相聚在孔子学院总部,隆重庆祝孔子学院创立10周年。'];
    const a = analyzeText([...junk, ...speech].join('\n'));
    expect(a.removed.filter((r) => r.rule === 'site-chrome.markup').map((r) => r.text)).toEqual(junk);
    expect([a.title, ...a.paragraphs]).toEqual(speech);
    // a number before tags around words is the words' own point
    expect(findLeakedTags('1. <b>加强组织领导</b>').map((t) => t.start)).toEqual([3, 12]);
  });
});

describe('leaked Markdown bold marks', () => {
  it('cuts the marks around a bold sentence glued between two sentences, and keeps every word', () => {
    const text = '关于巡察整改的表态发言\n同志们:\n这次巡察意义十分重大、影响十分深远。**全体党员干部将深刻认识到,讲政治是第一位的要求。**我们将把接受巡察监督作为一次锤炼党性的难得机会。';
    const a = analyzeText(text);
    expect(a.paragraphs.join('')).not.toContain('*');
    expect(squeeze(a.paragraphs.join(''))).toContain('影响十分深远。全体党员干部将深刻认识到,讲政治是第一位的要求。我们将把接受巡察监督');
    expect(a.removed.filter((r) => r.rule === 'site-chrome.markdown').map((r) => r.text)).toEqual(['**', '**']);
  });

  it('cuts the marks of a bold heading line', () => {
    expect(findMarkdownBold('**一、提高政治站位**').map((m) => [m.start, m.end])).toEqual([[0, 2], [10, 12]]);
  });

  it("cuts the marks of a list item's bold label, after its marker and before its colon", () => {
    expect(findMarkdownBold('1. **绿色低碳**:在设计和施工过程中,我们始终贯彻绿色环保理念。').map((m) => [m.start, m.end])).toEqual([[3, 5], [9, 11]]);
    expect(findMarkdownBold('二、**智慧助老**：活动中心引入了智能化管理系统。').map((m) => [m.start, m.end])).toEqual([[2, 4], [8, 10]]);
    expect(findMarkdownBold('– **节约用水用电**:随手关掉不用的灯.').map((m) => [m.start, m.end])).toEqual([[2, 4], [10, 12]]);
    // a blanked name after the marker goes on into its sentence: no label
    expect(findMarkdownBold('1. **同志和**同志作了发言。')).toEqual([]);
  });

  it('keeps "**" that stand for a blanked name inside a sentence', () => {
    for (const line of ['经**同意,现将有关事项通知如下。', '**是%%省重要的工业城市,总人口326万人。**历史悠久,文化底蕴深厚。新时代以来,**产业结构不断优化。', '我叫**,今年**岁,来自**县。', '**同志和**同志作了发言。', '各位领导、**同志们:']) {
      expect(findMarkdownBold(line)).toEqual([]);
    }
  });
});

describe('leaked Markdown heading hashes', () => {
  it('cuts the hashes of the title and heading lines, so the title and the numbered headings read as printed', () => {
    const text = ['### 建筑安全生产演说稿', '', '尊敬的各位领导、同事们:', '大家好!今天,我和大家一起聊一个分量很重的题目——建筑安全生产。', '#### 一、安全观念的养成:从“我”开始', '安全生产,首先是观念的问题。每一位建设者都要把安全放在心上。', '#### 二、制度建设与落实', '制度是安全的保障。有了制度,更要抓好落实。'].join('\n');
    const a = analyzeText(text);
    expect(a.title).toBe('建筑安全生产演说稿');
    expect(a.outline.map((o) => `${o.level} ${o.marker}`)).toEqual(['1 一、', '1 二、']);
    expect(a.removed.filter((r) => r.rule === 'site-chrome.markdown').map((r) => r.text.trim())).toEqual(['###', '####', '####']);
  });

  it('leaves a "#" that is no heading mark (a hashtag, a number sign)', () => {
    for (const line of ['#安全生产月#活动正式启动。', '#3 号楼已封顶。', '#### ']) expect(findMarkdownHeading(line)).toEqual([]);
  });
});

describe('a leaked stylesheet', () => {
  const css = '@page { size: 8.27in 11.69in; margin-left: 1.25in; margin-bottom: 1in } p { color: #000000; line-height: 115%; text-align: justify } p.cjk { font-family: "宋体", "SimSun"; font-size: 10pt; so-language: zh-CN }';

  it('goes with the scrap of markup before it; the title repeat and the speech after it stay apart', () => {
    const text = `在全市安全生产例会上的讲话\nl> [标签:标题] ${css} 在全市安全生产例会上的讲话 同志们: 今天,我们在这里召开全市安全生产例会。下面,我讲几点意见。`;
    const a = analyzeText(text);
    expect(a.title).toBe('在全市安全生产例会上的讲话');
    expect(a.paragraphs.join('')).not.toMatch(/[{}]|font-family|标签/);
    expect(squeeze(a.paragraphs.join(''))).toContain('同志们:今天,我们在这里召开全市安全生产例会。下面,我讲几点意见。');
    expect(a.removed.find((r) => r.rule === 'site-chrome.stylesheet')?.text).toBe(normalizeText(`l> [标签:标题] ${css}`));
  });

  it('in the middle of a line it is cut alone, the sentence before it kept', () => {
    const cuts = findLeakedStylesheet(`我们要加强安全生产。 ${css} 各级各部门要压实责任。`);
    expect(cuts).toHaveLength(1);
    expect(cuts[0]!.start).toBe('我们要加强安全生产。 '.length);
  });

  it('leaves braces that hold no CSS, and a single one-declaration rule, alone', () => {
    expect(findLeakedStylesheet('会议强调{要点一:抓落实}和{要点二:重实效}。')).toEqual([]);
    expect(findLeakedStylesheet('p { color: red }')).toEqual([]);
    expect(findLeakedStylesheet('function f() { return a; } if (x) { y = 1; }')).toEqual([]);
  });
});

describe('flattened documents', () => {
  const split = (text: string) => {
    const at = findFlattenedSplits(text);
    return [0, ...at].map((from, k) => text.slice(from, at[k] ?? text.length).trim());
  };

  it('reads a long flattened document by its head: the title splits as in a short one, and a line of one title-less run splits nowhere', () => {
    const body = '今天我们召开会议，主要任务是部署下半年的重点工作，确保各项任务落到实处。'.repeat(400);
    expect(split(`在全县防汛工作会议上的讲话同志们，${body}`)[0]).toBe('在全县防汛工作会议上的讲话');
    expect(split(`在全县防汛工作会议上的讲话 ${'今天我们召开会议主要任务是部署工作'.repeat(400)}。`)).toHaveLength(1);
  });

  it('splits the title off the salutation it is glued to', () => {
    expect(split('市长在2022年市森防指第一次全体(扩大)会议上的讲话文稿同志们,今天我们召开会议。')).toEqual(['市长在2022年市森防指第一次全体(扩大)会议上的讲话文稿', '同志们,今天我们召开会议。']);
    expect(split('在五四青年节优秀青年座谈会上的讲话各位青年朋友、同志们:在五四青年节即将到来之际,我感到十分高兴。')[0]).toBe('在五四青年节优秀青年座谈会上的讲话');
    expect(split('美术馆开馆仪式市领导致辞 尊敬的各位领导、各位来宾,同志们、朋友们:大家上午好!')[0]).toBe('美术馆开馆仪式市领导致辞');
    expect(split('2020教务处主任助理竞聘演讲稿尊重的各位领导,亲爱的老师们,大家好!我叫xx。')[0]).toBe('2020教务处主任助理竞聘演讲稿');
    expect(split('在镇 2025 年千名干部进党校轮训会上的党课 讲稿 同志们: 大家好!今天,我们相聚在镇党校。')[0]).toBe('在镇 2025 年千名干部进党校轮训会上的党课 讲稿');
    expect(split('在全县欢迎各位专家座谈会上的讲话各位专家:大家好!今天我们相聚一堂。')[0]).toBe('在全县欢迎各位专家座谈会上的讲话');
    // or off the greeting that stands for one ("…主题演讲稿大家好!"); a sentence that greets the room stays whole
    expect(split('建团100周年主题演讲稿大家好!2022年是共青团成立100周年。')).toEqual(['建团100周年主题演讲稿', '大家好!2022年是共青团成立100周年。']);
    expect(split('我们一起来看这场精彩的演讲,大家好不好?')).toHaveLength(1);
    // a converter's pinyin inside the title's last words is no byline: no split inside the title (its repeat
    // goes whole once the readings are out)
    const glued = '市长在全市综合交通大会战指挥部会议上的讲话发(fā)言材料同志们:今天,我们在这里召开会议,主要是对全市综合交通建设再动员、再部署。';
    expect(split(glued)).toHaveLength(1);
    const page = analyzeText(['市长在全市综合交通大会战指挥部会议上的讲话发(fā)言材料', '', glued].join('\n'));
    expect(page.paragraphs[0]).toBe(glued.slice(glued.indexOf('同志们')));
  });

  it('reads a traditional mirror folded', () => {
    expect(split(foldScript('在全縣安全生產工作會議上的講話同誌們:今天我們召開全縣安全生產工作會議。'))[0]).toBe('在全县安全生产工作会议上的讲话');
    const a = analyzeText('在全縣安全生產工作會議上的講話同誌們:今天我們召開全縣安全生產工作會議,主要任務是總結去年工作。');
    expect(a.title).toBe('在全縣安全生產工作會議上的講話');
    expect(a.paragraphs[0]!.startsWith('同誌們:')).toBe(true);
  });

  it('splits a file title, the title and the byline glued to the salutation', () => {
    expect(split('县委常委、县政府负责人全县冬春季农田水利建设工作会议上的主持词201X/X/XX全县冬春季农田水利建设工作会议上的主持词县委常委、县政府负责人xxx(二○一八年十二月二十九日)同志们:现在开会。')).toEqual([
      '县委常委、县政府负责人全县冬春季农田水利建设工作会议上的主持词201X/X/XX',
      '全县冬春季农田水利建设工作会议上的主持词',
      '县委常委、县政府负责人xxx(二○一八年十二月二十九日)同志们:现在开会。',
    ]);
  });

  it('splits titles set apart by spaces from the prose', () => {
    expect(split('2023年企业端午节致辞范文 2023年企业端午节致辞篇1 农历五月初五又称端午,“端”是开端,起始之意。')).toEqual(['2023年企业端午节致辞范文', '2023年企业端午节致辞篇1', '农历五月初五又称端午,“端”是开端,起始之意。']);
  });

  it('leaves lines that are no flattened document', () => {
    for (const text of [
      '在学习贯彻讲话精神大会上的主持词',
      '同志们:今天我们召开全县工作会议。',
      '刚才,书记作了重要讲话,各位同志要认真学习领会:一是提高认识。',
      '学习讲话精神心得体会 各位同事在学习中都有收获,大家要继续努力。',
      '开场A:尊敬的各位领导,各位嘉宾;B:亲爱的老师,亲爱的同学们;大家合:晚上好!',
      // a site's words naming the document, its title joined of two: the site's line, whole
      '下面是好好范文网小编收集整理的退伍老兵返乡座谈会发言 在退伍军人返乡欢迎大会上的讲话,仅供参考,欢迎大家阅读!',
    ]) {
      expect(findFlattenedSplits(text), text).toEqual([]);
    }
  });

  it("splits a title that names no genre off at the speaker's label, and never inside the label's word", () => {
    const body = '尊敬的老师,亲爱的同学们: 大家好,我是来自高二三班的程语桐。今天我演讲的题目是《铭记历史 珍惜当下》。';
    expect(split(`铭记历史 珍惜当下 演讲者:学生会团委副书记 程语桐 ${body}`)).toEqual(['铭记历史 珍惜当下', `演讲者:学生会团委副书记 程语桐 ${body}`]);
    // "演讲" of "演讲者" closes no title: the run before it is no title either, so nothing splits
    expect(split(`发表时间:2017-09-04 22:51 国旗下讲话:(2017年9月4日) 铭记历史 珍惜当下 演讲者:学生会团委副书记 程语桐 ${body}`)[0]).not.toMatch(/演讲$/);
    // a label too far from the salutation is no byline's
    expect(findFlattenedSplits(`铭记历史 珍惜当下 演讲者:${'学生会团委副书记程语桐同学代表高二三班全体同学'.repeat(3)} ${body}`)).toEqual([]);
  });

  it('keeps a genre word inside a longer title', () => {
    expect(split('在学习贯彻讲话精神大会上的主持词同志们:现在开会。')).toEqual(['在学习贯彻讲话精神大会上的主持词', '同志们:现在开会。']);
  });
});

describe('verdicts handed back to the source blocks', () => {
  it('gives every block of a joined paragraph a body verdict, and cuts page numbers at their offsets', () => {
    const blocks = [
      '1、县工商联九届三次代表大会预备会主持词 各位代表: 县工商联九届三次代表大会,在县委的坚强领导和统战部的悉心指导下,经过各会员单位和全体代表的齐心协作,各项准备工作均已完成,明天上午正式开幕。开好这次会议,是全县非公有制经济领域的一件大事。今天下午先召开大会预备会议。本次预备会共有三项议程。请会务组宣读大会秘',
      '2、书长人选(草案),请各位代表对上述人选提出意见,下面进行表决。',
    ];
    const { verdicts } = analyzeBlocks(blocks.map((text) => ({ text })));
    expect(verdicts.map((v) => v.role)).toEqual(['body', 'body']);
    expect(verdicts[0]!.cuts).toEqual([{ start: 0, end: 2, reason: 'site-chrome' }]);
    expect(verdicts[1]!.cuts).toEqual([{ start: 0, end: 2, reason: 'site-chrome' }]);
    expect(verdicts[1]!.text.startsWith('书长人选')).toBe(true);
  });

  it('maps the cuts of a line joined from many blocks back to each block (a watermark glued into every one)', () => {
    const sentence = '同志们，今天我们召开全市重点工作推进会议，主要任务是总结上半';
    const watermark = '公文汇 www.gongwenhui.com';
    const blocks = Array.from({ length: 40 }, () => `${sentence}${watermark}`);
    const { verdicts } = analyzeBlocks(blocks.map((text) => ({ text })));
    for (const [i, verdict] of verdicts.entries()) {
      expect(verdict.role, `block ${i}`).toBe('body');
      expect(verdict.text, `block ${i}`).toBe(sentence);
      expect(verdict.cuts.map((c) => blocks[i]!.slice(c.start, c.end).trim()), `block ${i}`).toEqual([watermark]);
    }
  });

  it('turns a noise piece of a split block into a cut of that block', () => {
    const title = '在镇2025年千名干部进党校轮训会上的党课讲稿';
    const blocks = [title, '', `${title} 同志们: 大家好!今天,我们相聚在镇党校,一起参加轮训活动。这是一次集中的政治学习,更是一堂纪律教育课。`];
    const { analysis, verdicts } = analyzeBlocks(blocks.map((text) => ({ text })));
    expect(analysis.title).toBe(title);
    expect(analysis.paragraphs[0]!.startsWith('同志们:')).toBe(true);
    expect(verdicts[2]!.role).toBe('body');
    expect(verdicts[2]!.cuts).toHaveLength(1);
    expect(blocks[2]!.slice(verdicts[2]!.cuts[0]!.start, verdicts[2]!.cuts[0]!.end).trim()).toBe(title);
  });

  it('leaves blocks the layout did not touch with the analysis verdict', () => {
    const text = '在防汛会议上的讲话\n同志们:\n今天开会。\n赞助会员请点击:开通会员';
    const direct = analyzeBlocks(splitTextIntoBlocks(text));
    expect(layoutBlocks(splitTextIntoBlocks(text))).toBeUndefined();
    expect(direct.verdicts.map((v) => v.reason ?? v.role)).toEqual(['title', 'body', 'body', 'paywall']);
  });

  it('keeps cuts inside their blocks, and the cleaned page holds the analysis text (generated viewer text)', () => {
    const sentence = fc.constantFrom(
      '要提高政治站位,切实增强责任感和使命感。',
      '各级各部门要压实责任,确保各项工作落到实处。',
      '刚才,几位同志作了很好的发言,我完全同意。',
      '全年实现地区生产总值1.5亿元,同比增长6.18%。',
    );
    const noise = fc.constantFrom('', '精品文档,欢迎下载', '编号:136929198');
    const pageText = fc.tuple(noise, fc.array(sentence, { minLength: 8, maxLength: 16 }), fc.integer({ min: 5, max: 40 }), fc.boolean());
    fc.assert(
      fc.property(pageText, ([head, sentences, breakAt, numbered]) => {
        const body = `在全县工作会议上的讲话 同志们:${sentences.join('')}`;
        const cut = Math.min(breakAt * 3, body.length - 1);
        const blocks = numbered ? [`1、${head}${body.slice(0, cut)}`, `2、${body.slice(cut)}`] : [head + body.slice(0, cut), body.slice(cut)];
        const { analysis, verdicts } = analyzeBlocks(blocks.map((text) => ({ text })));
        verdicts.forEach((v, i) => {
          let last = 0;
          for (const c of v.cuts) {
            expect(c.start).toBeGreaterThanOrEqual(last);
            expect(c.end).toBeGreaterThan(c.start);
            expect(c.end).toBeLessThanOrEqual(blocks[i]!.length);
            last = c.end;
          }
        });
        const page = squeeze(applyVerdicts(blocks, verdicts));
        for (const p of analysis.paragraphs) expect(page).toContain(squeeze(p));
        expect(page).not.toContain('精品文档');
        expect(page).not.toContain('136929198');
      }),
      { numRuns: 150 },
    );
  });

  it('lists what the layout took out, with reasons and rule ids', () => {
    const a = analyzeText('编号:136929198在全县工作会议上的主持词同志们:现在开会。今天的会议很重要。&n[标签:介绍]');
    expect(a.removed.map((r) => [r.text, r.rule])).toEqual([
      ['编号:136929198', 'site-chrome.viewer-number'],
      ['&n[标签:介绍]', 'site-chrome.viewer-tags'],
    ]);
    expect(a.title).toBe('在全县工作会议上的主持词');
    expect(normalizeText(a.paragraphs.join(''))).toBe('同志们:现在开会。今天的会议很重要。');
  });
});
