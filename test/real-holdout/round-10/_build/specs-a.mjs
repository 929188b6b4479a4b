// Gold specs for holdout round 10 (staging part a), written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../../README.md for how page.txt was made).
// build.mjs applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the
// page is split into lines, trimmed, blank lines and `dropLines` (exact trimmed lines, compared after
// the regexCut) removed; what is left are the paragraphs. Every distinct regexCut match is added to
// the noise list. Titles, noise and outlines are written by hand here.

const AJ_NAV = '首页 | 本学科首页   官方微博 | 高级检索';
const AJ_CITE = '引用本文:周慕冰.在二季度全市安全生产专题会议上的讲话[J].重庆市人民政府公报,2006(10).';
const AJ_AUTHOR = '作者姓名:周慕冰';
const AJ_CNKI = '本文献已被 CNKI 等数据库收录!';
const AJ_FOOT1 = '设为首页 | 免责声明 | 关于勤云 | 加入收藏';
const AJ_FOOT2 = 'Copyright©北京勤云科技发展有限公司  京ICP备09084417号';
const AJ_TITLE = '在二季度全市安全生产专题会议上的讲话';

const LV_TAIL = '因篇幅问题不能全部显示,请点此查看更多更全内容';

const ZW_NAG = '2024-11-26下载文档一键复制全文';

const QB_PAGE_TITLE = '奠基仪式致辞(项目奠基仪式致辞)';
const QB_META = '时间:2024-02-10人气:作者:未知';
const QB_TAIL = ['标签: 奠基仪式致辞', '展开全部内容', '相关文章', '本类推荐', '热门话题'];

const TD_TITLE = '在鄧小平同志誕辰100周年紀念大會上的講話';

export const specs = {
  '01-jianghua-alljournals-abstract-citation-inline-yi': {
    source: 'http://zf.alljournals.cn/view_abstract.aspx?aid=8ADF3F6D72E69E5E6336AB3B33F892ED&cid=A7F6789DB0B204DE&iid=F3090AE9B60B7ED1&jid=211CEB7877FBB2F7&pcid=566B96C23CBD22A7705B6E046EC97336&yid=37904DC365DD7266',
    kind: 'speech: 讲话 (安全生产专题会议; journal-database abstract page)',
    tests: 'a journal-database abstract page: navigation bar and a lone "检索" line, the title, a "引用本文:…[J].…公报,2006(10)." citation line and an "作者姓名:" line, the speech flattened into one "摘    要:" line (label glued to the first sentence) and cut mid-parenthesis ("(去"); "本文献已被 CNKI 等数据库收录!" and footer/copyright lines after it; inline "一是" after a colon and "二是" after a semicolon (the first cut at the comma, its sentence being over 50 characters); an inline "一、" after "下面,我讲四点意见。" glued to its body with no 二、 in the capture',
    isSpeech: true,
    title: AJ_TITLE,
    noise: [AJ_NAV, '检索', AJ_CITE, AJ_AUTHOR, '摘    要:', AJ_CNKI, AJ_FOOT1, AJ_FOOT2],
    replace: [['摘    要:今天,', '今天,']],
    dropLines: [AJ_NAV, '检索', AJ_TITLE, AJ_CITE, AJ_AUTHOR, AJ_CNKI, AJ_FOOT1, AJ_FOOT2],
    outline: [
      { level: 1, marker: '一是', text: '进一步统一全市上下的思想认识', optional: true },
      { level: 1, marker: '二是', text: '研究安排二季度全市安全生产的重点任务', optional: true },
      { level: 1, marker: '一、', text: '准确把握一季度全市安全生产运行态势今年一季度,全市安全生产总体保持稳定向好的态势', optional: true },
    ],
  },
  '02-zhuchici-lovfp-wenku-ab-pianfu-tail': {
    source: 'https://lovfp.com/wenku/cvhr/YZax99oQ4O',
    kind: 'speech: 主持词 (普通话演讲比赛, two hosts; 文库 page)',
    tests: 'a 文库 page with no title: the capture opens with the hosts\' labelled salutation lines "a:"/"b:"/"ab:" (the first without a colon at its end); a label written with a semicolon ("b;"), a second label glued mid-line after a sentence without a full stop ("…最后得分a;为此,…"), an empty "计分员:" slot after a colon; a closing line with no label; the "因篇幅问题不能全部显示,请点此查看更多更全内容" paywall tail',
    isSpeech: true,
    title: '',
    noise: [LV_TAIL],
    dropLines: [LV_TAIL],
    outline: [],
  },
  '03-zhici-zuowendang-download-nag-wrap': {
    source: 'https://m.zuowendang.com/fanwen/911782428.html',
    kind: 'speech: 致辞 (中秋茶话会, a deputy\'s remarks; template page)',
    tests: 'a template page: the title, then the upload date glued to the "下载文档一键复制全文" button labels on one line; "***" placeholders for names and places throughout; a sentence broken over two lines before a "***" ("…提出了" / "***区新的发展目标,…"); "今天我也表个态" and three "无论什么时候" clauses (no markers); text cut mid-sentence without punctuation',
    isSpeech: true,
    title: '2022年中秋讲话致辞',
    noise: [ZW_NAG, '下载文档一键复制全文'],
    join: [['今年,市委决定组建', '为***区的建设发展贡献自己的力量。']],
    dropLines: ['2022年中秋讲话致辞', ZW_NAG],
    outline: [],
  },
  '04-zhici-qebk-numbered-sentences-tags': {
    source: 'http://m.qebk.com/shenghuo/74fc2fd826b504925eb30e62652d9cbe.html',
    kind: 'speech: 致辞 (奠基仪式)',
    tests: 'the page title with an SEO variant in parentheses ("奠基仪式致辞(项目奠基仪式致辞)") printed twice around a run-together "时间:…人气:作者:未知" line; every paragraph numbered by the site ("1、"…"5、", the first on the salutation), blank lines between them; a "×" placeholder; a quoted classical line; a "标签: …" line, "展开全部内容" and related-list labels after the speech',
    isSpeech: true,
    title: '奠基仪式致辞',
    noise: ['(项目奠基仪式致辞)', QB_META, ...QB_TAIL],
    dropLines: [QB_PAGE_TITLE, QB_META, ...QB_TAIL],
    outline: [
      { level: 1, marker: '1、', text: '各位同志们,朋友们:', optional: true },
      { level: 1, marker: '2、', text: '今天,我们在这里隆重举行我县人民医院新院区奠基仪式', optional: true },
      { level: 1, marker: '3、', text: '建设人民医院新院区,既是全县医务工作者翘首以盼的一件事情,也是广大群众普遍关注的一件大事', optional: true },
      { level: 1, marker: '4、', text: '大家都清楚,我县人民医院特别是住院部的条件,如果用拥挤陈旧甚至捉襟见肘来形容,一点也不夸张', optional: true },
      { level: 1, marker: '5、', text: '应该说,我们有理由欣喜,我们也有理由庆贺', optional: true },
    ],
  },
  '05-jianghua-tmdps-big5-diyipian-date-byline': {
    source: 'http://www.tmdps.cn/a10/2019051321/87eb535353ab184e.html',
    kind: 'speech: 讲话 (纪念大会; traditional, collection page)',
    tests: 'traditional collection page: the piece heading "第一篇:" glued to the title, the title again on its own line, the speech\'s own date line in parentheses (kept) and the speaker\'s bare name on a line of its own (noise: a byline without a position, as in shared case 106), then "同志們,朋友們:"; simplified leftovers (這里, 并, 先后, 后, 奮斗); long paragraphs without markers; text cut mid-sentence ("他當選為")',
    isSpeech: true,
    title: TD_TITLE,
    noise: ['第一篇:', '胡錦濤'],
    replace: [['第一篇:' + TD_TITLE, TD_TITLE]],
    dropLines: [TD_TITLE, '胡錦濤'],
    outline: [],
  },
  '06-report-bigxun-viewer-preview-nag': {
    source: 'https://www.bigxun.com/view/1957376789836828674',
    kind: 'non-speech: industry report (document viewer)',
    tests: 'a document viewer\'s text layer: "还剩14页未读,继续阅读", a "本资源只提供10页预览…" download nag and a "文本内容:" label above the report\'s title; a "一、引言" heading glued to its body; sentences without full stops (the viewer dropped them); written third-person analysis ("本报告…"), no address to an audience',
    isSpeech: false,
    title: '2025年家政服务行业标准化与职业化进程',
  },
};
