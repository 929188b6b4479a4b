// What each glued-chrome rule must cut, and text it must leave alone (test data for
// test/core/layout.test.ts; not imported by the engine).
/** The rest of a page flattened onto one line: the speech runs on far past its head. */
const FLATTENED_TEXT = '尊敬的老师,亲爱的同学们: 大家好!今天我演讲的题目是《铭记历史》。'.repeat(8);

export const GLUED_CHROME_EXAMPLES: Record<string, { examples: [string, string][]; nonExamples: string[] }> = {
  // [the block's text, what the rule cuts]
  'site-chrome.viewer-banner': {
    examples: [
      ['精品文档,欢迎下载开场A:尊敬的各位领导,各位嘉宾;', '精品文档,欢迎下载'],
      ['精品文档 可编辑 在全县工作会议上的讲话', '精品文档 可编辑'],
      ['1、精品文档,欢迎下载在全县工作会议上的讲话', '1、精品文档,欢迎下载'],
    ],
    nonExamples: ['精品文档管理要做到分类存放、专人负责。', '要打造精品文档,提高材料质量。'],
  },
  'site-chrome.viewer-number': {
    examples: [
      ['编号:136929198县委常委、县政府负责人全县2018年冬春季农田水利建设工作会议上的主持词', '编号:136929198'],
      ['文档编号：9031322 供热公司管理制度汇编', '文档编号：9031322'],
    ],
    nonExamples: ['编号工作要在月底前完成。', '编号为3的议案已经通过。'],
  },
  'site-chrome.viewer-page-label-glued': {
    examples: [
      ['第 1 页 老师在20XX届毕业典礼上的精彩发言 各位领导、老师、同学:', '第 1 页'],
      ['3、第3页 要把责任扛在肩上。', '3、第3页'],
      ['走出校门,振翅远航。 第 2 页 毕业意味着分别。', '第 2 页'],
    ],
    nonExamples: ['第1页的表格要填写完整。', '第 2 页:目录', '请大家翻到 第 2 页 看表格。', '第2页 / 共6页'],
  },
  'site-chrome.viewer-fingerprint': {
    examples: [['老师在 20XX 届毕业典礼上的精彩发言 特征码 xCPyxEGbJBWxjXhCzFTR 老师在', '特征码 xCPyxEGbJBWxjXhCzFTR']],
    nonExamples: ['要提取样本的特征码进行比对。', '特征码:ab12'],
  },
  'site-chrome.viewer-tags': {
    examples: [['为抓好此次会议精神的贯彻落实,我再讲三点意见:&n[标签:介绍]', '&n[标签:介绍]']],
    nonExamples: ['要给每份档案贴上标签,做到一目了然。'],
  },
  'site-chrome.viewer-footer': {
    examples: [['希望大家再接再厉,再创佳绩。精品文档 欢迎下载', '精品文档 欢迎下载'], ['谢谢大家!欢迎下载', '欢迎下载']],
    nonExamples: ['欢迎下载政务服务APP,办事更方便。', '要欢迎下载使用'],
  },
  'site-chrome.viewer-page-break': {
    examples: [
      ['继续发扬“宁 收集于网络,如有侵权请联系管理员删除 __________________________________________________ 愿一人脏,换来万人洁”的环卫精神', '收集于网络,如有侵权请联系管理员删除'],
      ['__________________________________________________ 尊敬的各位领导、同志们:', '__________________________________________________'],
    ],
    nonExamples: ['请在横线上填写姓名:________', '如有侵权请联系我们'],
  },
  'watermark.glued-banner': {
    examples: [
      ['秘书之家—全网资源每日更新www.mishuzj.com在全省学前教育普及普惠县创建工作推进会上的讲话', '秘书之家—全网资源每日更新www.mishuzj.com'],
      ['秘书之家—全网资源每日更新WWW.MISHUZJ.COM在全县工作会议上的讲话', '秘书之家—全网资源每日更新WWW.MISHUZJ.COM'],
      ['哒哒文库:www.dadawk.com微信添加【dadawk01】海量公文范文,朋友圈每天更新副市长在全市工作会议上的讲话同志们:', '哒哒文库:www.dadawk.com微信添加【dadawk01】海量公文范文,朋友圈每天更新'],
    ],
    nonExamples: ['登录中国政府网www.gov.cn可以查询政策。', '在全县工作会议上的讲话'],
  },
  'watermark.doc-header-slogan': {
    examples: [
      ['竭诚为您提供优质文档\\\\\\/双击可除中层干部述职述廉会议主持词', '竭诚为您提供优质文档\\\\\\/双击可除'],
      ['同志们:今天我们召开大会。竭诚为您提供优质文档/双击可除下面,我讲三点意见。', '竭诚为您提供优质文档/双击可除'],
    ],
    nonExamples: ['要竭诚为群众提供优质服务。', '为您提供优质文档检索服务的是档案馆。'],
  },
  'promo.keyword-run-glued': {
    examples: [
      ['主持词龙舟赛主持词精选尊敬的各位领导、亲爱的参赛队员们:大家好!', '主持词龙舟赛主持词精选'],
      ['讲话稿开学典礼讲话稿大全老师们、同学们:', '讲话稿开学典礼讲话稿大全'],
    ],
    nonExamples: ['运动会开幕式主持词尊敬的各位领导:', '主持词尊敬的各位来宾:', '同志们:今天的主持词和讲话稿都已备好。'],
  },
  'site-chrome.load-failed-glued': {
    examples: [['據說,單是在廣島……(内容加载失败!)', '(内容加载失败!)']],
    nonExamples: ['系统一度加载失败,技术人员连夜抢修。'],
  },
  'meta.page-jump': {
    examples: [
      ['(上接第一版)乡村振兴扎实起步,科技创新不断突破。', '(上接第一版)'],
      ['（上接第2版）', '（上接第2版）'],
      ['(接上A01版)我们始终把人民放在心上。', '(接上A01版)'],
    ],
    nonExamples: ['上接天府,下连江汉,这里自古就是交通要道。', '(上接下一位同学的发言)'],
  },
  'meta.page-jump-end': {
    examples: [
      ['只有实干一条。要脚踏实地,埋头苦干(下转第二版)', '(下转第二版)'],
      ['全县上下要凝心聚力（转3版）', '（转3版）'],
    ],
    nonExamples: ['这是我们的第二版规划(修订)', '会议精神已转发各乡镇(见第二版)'],
  },
  'meta.published-glued': {
    examples: [
      [`发表时间:2017-09-04 22:51 国旗下讲话:(2017年9月4日) 铭记历史 ${FLATTENED_TEXT}`, '发表时间:2017-09-04 22:51'],
      [`更新时间：2023-5-6 尊敬的各位领导:${FLATTENED_TEXT}`, '更新时间：2023-5-6'],
    ],
    nonExamples: [
      '发布时间:2017-09-04 22:51',
      // a meta line of several fields: the line rules take it whole
      '发布时间:2023-07-12 17:04 信息来源:谯城区科学技术局 浏览次数: 字体:[ ]',
      `本次会议的发布时间:2023-05-06前后。${FLATTENED_TEXT}`,
    ],
  },
  'meta.dated-column-glued': {
    examples: [
      [`国旗下讲话:(2017年9月4日) 铭记历史 珍惜当下 演讲者:程语桐 ${FLATTENED_TEXT}`, '国旗下讲话:(2017年9月4日)'],
      [`校長寄語：（二〇一九年三月一日） 新學期 新希望 ${FLATTENED_TEXT}`, '校長寄語：（二〇一九年三月一日）'],
    ],
    nonExamples: [
      '国旗下讲话:(2017年9月4日) 铭记历史 珍惜当下',
      `会议时间:(2017年9月4日)上午九点${FLATTENED_TEXT}`,
      `同志们:(2017年9月4日)我们召开了大会,今天继续。${FLATTENED_TEXT}`,
    ],
  },
  'site-chrome.hash-piece-heading': {
    examples: [
      ['下面是小编为大家整理的讲话稿,希望对大家有所帮助。 #小学生在国防教育上的讲话稿1# 各位老师、各位同学:', '#小学生在国防教育上的讲话稿1#'],
      ['#国防教育讲话稿# 各位老师:', '#国防教育讲话稿#'],
    ],
    nonExamples: ['我们在微博上发起了#国防教育日#话题,大家积极参与。', '#国防教育讲话稿#'],
  },
  'meta.post-time': {
    examples: [['简短羽毛球开幕式致辞 | 2024-04-26 04:41:06', '| 2024-04-26 04:41:06'], ['在全县工作会议上的讲话｜2023-05-06', '｜2023-05-06']],
    nonExamples: ['会议定于2024-04-26召开。', '时间:2024-04-26 09:00'],
  },
};
