import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

const LEAD =
  '9月26日上午,省委召开庆祝省人民代表大会成立70周年大会。会上,来自基层的省人大代表作交流发言。省人大代表、育英小学校长林晓雯在会上以《不忘初心 矢志笃行 尽心尽责走好“为民履职路”》为题作交流发言。';
const BODY = [
  '我叫林晓雯,是一名扎根教学一线的基层代表。今天能在大会上发言,心情十分激动。下面,我想用三句话,向大家汇报这些年走过的履职之路。',
  '1代表履职要“为民发声”',
  '十多年来,我时刻把人大代表的光荣使命放在心上,听民声、察民情、达民意,尽心尽力推动解决群众身边的操心事。',
];

describe('a press lead that names the speech it presents', () => {
  it("takes the title it names, broken over two lines, as printed in the lead; the lead is the page's and tells the text's kind", () => {
    const a = analyzeText([LEAD, '不忘初心 矢志笃行', '尽心尽责走好“为民履职路”', ...BODY].join('\n'));
    expect(a.title).toBe('不忘初心 矢志笃行 尽心尽责走好“为民履职路”');
    expect(a.paragraphs).toEqual(BODY);
    expect(a.removed.find((r) => r.rule === 'promo.lead-naming-title')?.text).toBe(LEAD);
    expect(a.isSpeech).toBe(true);
  });

  it('leaves a lead whose named title is not printed under it', () => {
    const a = analyzeText([LEAD, ...BODY].join('\n'));
    expect(a.removed.some((r) => r.rule === 'promo.lead-naming-title')).toBe(false);
  });

  it("reads an editor's note that names the speech after its kind (\"…上市感言——《…》\"): the note goes from its label down, the title under it stays", () => {
    const note = ['企业动态', '小编的编辑手记:', '二十年前,那间小小的实验室只有三个人。', '值此公司成立二十周年之际,重温周总上市感言——《感谢同行》,一起回看这段创业之路。'];
    const body = [
      '各位来宾,老话讲,万事开头难。我在写给各位嘉宾的请柬里说,二十年风雨,二十年成长。',
      '从2003年公司在高新区落地算起,我们走过了数不清的弯路,也得到了数不清的帮助。今天,我要向每一位同行者说一声谢谢。',
    ];
    const a = analyzeText([...note, '感谢同行', ...body].join('\n'));
    expect(a.title).toBe('感谢同行');
    expect(a.paragraphs).toEqual(body);
    expect(a.removed.filter((r) => r.rule === 'promo.lead-naming-title').map((r) => r.text)).toEqual(note.slice(1));
    expect(a.isSpeech).toBe(true);
  });

  it('takes no title from a lead that lists several speeches in 《》', () => {
    const lead = '两名新生参加了学院的演讲比赛。下面是他们的演讲稿:《我心中的祖国》、《读书的意义》。';
    const a = analyzeText([lead, '我心中的祖国', '老师们、同学们:', '我今天演讲的题目是我心中的祖国。祖国是我们共同的家。'].join('\n'));
    expect(a.removed.some((r) => r.rule === 'promo.lead-naming-title')).toBe(false);
  });

  it('takes the page\'s headline over the lead when it opens with the name the lead gives ("…以《空桑偶得 品物咸亨》为题致辞,祝贺…"), under a column\'s word', () => {
    const headline = '空桑偶得 品物咸亨——宋书玉理事长贺2022中国国际黄酒产业博览会暨第28届黄酒节开幕';
    const lead = '在11月7日举行的2022中国国际黄酒产业博览会暨第28届黄酒节开幕式上,中国酒业协会理事长宋书玉到场并以《空桑偶得 品物咸亨》为题致辞,祝贺博览会隆重开幕。';
    const text = '立冬蒸糯米,开耙酝新香,岁岁立冬,岁岁开酿。今天正逢绍兴黄酒启动“冬酿”的好日子。我们相聚在这里,共同见证黄酒产业的新发展。';
    const a = analyzeText(['黄酒', headline, '2022-11-09', lead, '以下为致辞实录:', text].join('\n'));
    expect([a.title, a.paragraphs]).toEqual([headline, [text]]);
    // a headline that goes on with the name's words is another title ("空桑偶得 品物咸亨之我见")
    const other = analyzeText(['黄酒', '空桑偶得 品物咸亨之我见', '2022-11-09', lead, '以下为致辞实录:', text].join('\n'));
    expect(other.title).not.toBe('空桑偶得 品物咸亨之我见');
  });

  it("reads an editor's note under the headline (\"编者按: …董事长…所作的致辞。\") over the speech's own title, which the headline opens with: the note and the headline are the page's", () => {
    const headline = '扎实推进安全生产 守牢发展底线——韩立群2021年“安全生产月”致辞';
    const note = [
      '编者按: 今年6月是全国第20个“安全生产月”,集团公司“安全生产月”活动也于6月1日同步启动,将组织一系列形式多样的活动。',
      '为了展示各成员单位的好做法,集团公众号开设“安全六月”专栏,今天刊出第一期——集团党委书记、董事长韩立群为“安全生产月”活动所作的致辞。',
    ];
    const body = [
      '韩立群',
      '2021年6月,我们迎来第20个全国“安全生产月”。今天起,以“落实安全责任、推动安全发展”为主题的集团公司“安全生产月”活动正式启动。',
      '安全是发展的前提,发展是安全的保障。各单位要把安全责任扛在肩上,把隐患排查做在前面,确保全年安全形势稳定。',
    ];
    const a = analyzeText([headline, '来源:集团公司 日期:2021-06-01', ...note, '扎实推进安全生产 守牢发展底线', ...body].join('\n'));
    expect([a.isSpeech, a.title]).toEqual([true, '扎实推进安全生产 守牢发展底线']);
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining([headline, ...note]));
    // a note that tells of no speech names no title
    const report = analyzeText([headline, note[0], '今天刊出第一期,介绍集团“安全生产月”的活动安排。', '扎实推进安全生产 守牢发展底线', ...body].join('\n'));
    expect(report.removed.some((r) => r.rule === 'promo.lead-naming-title')).toBe(false);
  });
});
