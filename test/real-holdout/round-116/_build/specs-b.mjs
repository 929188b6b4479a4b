// Gold specs for holdout round 116, part B (cases 07–12): parents' meetings and home–school work (家长会 讲话/发言,
// 家长代表 发言, 家委会, 致家长的信, 家长会/家委会 方案).
// Two spoken pieces (a parent's 家长代表 发言 at a senior-three graduation ceremony on a school's ASP page (bjlnsb.com,
// "Info_Show.asp?InfoID="): no title, no site noise at all, the salutation and "大家好!" on their own lines, a slogan
// quoted with a space after the opening quote ("“ 办一流…") and a space before the next quote ("; “以…"), cut mid-word
// ("知识积") — a do-no-harm case; a teacher's 讲话 at a 小学毕业班家长会 on a traditional-script pinyin mirror (cyxsy.cn,
// "/fanwen/yanjianggao/"): the title with pinyin after 學/業, "你們好!" glued to the first body sentence, the
// simplified leftovers 最后, 关系 and 對于, pinyin after every 學 業 紀 關 應 標 習 遠 結 進 續 轉 專 領 導, "再過10天",
// cut mid-word ("今年畢")) and four written look-alikes (a new principal's greeting in a Hong Kong school's 家長教師會會訊
// (lws.edu.hk): the newsletter's name as headline, "各位家長:" and "大家好!我是…新任校長" — it reads like a speech, but it
// is a letter printed in a newsletter, with a scripture quotation and the letter's sign-off "主僕 容信恆校長", and no
// occasion of speaking; a parent's 日记 copying a teacher's 寒假 letter to parents (dxzw.com, 丁香作文网): a breadcrumb
// "当前位置:丁香作文网 > 日记 >", the title "致尊敬的家长", an "作者:… 阅读:" line with an empty count, "尊敬的家长:"/"您好!",
// a "......" line, the class-teacher signature, then the diarist's own sentence and a lone "(" at the cut — a letter,
// not a speech; a 家长委员会成立大会 活动方案 (yingzhuangyuan.cn): a table of contents 一、…七、 then the same headings again
// with (一)…(六) agenda items and 1./2./3. steps, among them "(一)开场致辞" and "(六)闭幕致辞" — a plan, not a speech;
// a novel chapter on a reading mirror (fareastyh.com): the "迷你中文 - 综合其他 - 出轨在线阅读 - 16.两个女人(二)" crumb,
// the chapter title, four-space indents, the censor spellings "nV人" and "品X", 於/之後/甚麽, a teacher's replies told in
// the narration ("首先是她…;至於…;关於…") and a mother's quoted remarks at the 恳亲会 opening "「我首先要谢谢王老师…" —
// narration, not a speech).
// Judgement calls: 07's title is "" (the page prints no title line; the ceremony is named only inside the first
// sentence), and it has no noise; the spaced quotes are the page's own and stay. 08's title is the first line with the
// pinyin removed (the one regexCut; its hits are the noise); the title line is dropped from the paragraphs, "你們好!"
// stays glued to the opening paragraph (no break is invented); "第一階段" is prose, so the outline is empty. 09 is not a
// speech: the genre is the written letter of a 會訊 (the brief's "致家长的一封信" look-alike), though its salutation and
// "大家好!" are a speech's. 10–12 are written texts. Names of private people were replaced by fictional ones (the
// parent's child in 07, the principal in 09, the diarist's handle and the teacher in 10); the prose was rewritten (the
// Bible verse quoted in 09 is the Chinese Union Version's, kept as a quotation).
// Speeches with numbered points: none. Looked for and not found on a new host: a 家长会 校长/班主任 讲话 or 发言 with
// 一、/第一/一是 points (hzdg.net "一是…二是…", m.beiweimall.com "一、…二、…", wjfww.com "一 孩子的一天", cailiaogou.cn
// "第一句话", gaozihui.com and wenrenren.com are used; m.010zaixian.com, m.xuewenya.com, mingyanjiaju.org, bbs.hbezg.com,
// m.zgxue.com, jifanwen.com, crossfitfinalpush.com, gz-shine.com, xiaomilidoc.com, m.wenke99.com, huatuo3.cn, m.stra.cn,
// fwdq.com, qqjlz.com, ywmdxx.com, esk365.com, m.qiqiwenku.com, wendang.net, max.book118.com, mjgov.cn, m.51dongshi.net,
// zmiw.cn, onlinecha.com, asywk.com, hbylzx.com, ccsc.com.cn, m.xuefen.com.cn are used too); a 家委会成立 讲话 (the hits were
// news reports, a used host or twins); a 家庭教育 讲座 开场 or 家长学校 开班 讲话 (mingyanjiaju is used; a 教科体局局长 讲话
// with 第一, in a docx viewer came back without an address); a 家长会 主持词 (m.xuewenya.com is used). So the part holds two
// speeches and four look-alikes, and neither speech carries a numbered point inside its capture.
// Template twins set aside: webjsw.com and funyhook.com (the mchqing/jiaxunjie "…发言稿1尊敬的…" + "……此处隐藏N个字……"
// collection template, as round 51 noted for webjsw); zuowen.com.cn (the zuowenba/wenandaquan template, named in round 51);
// m.deliwenku.com (the 31doc/jinchutou/zhuangpeitu "上传人:… 文档编号:… / 返回 下载 相关 举报 / 资源描述 / 《….docx》由会员
// 分享…" viewer); ppfp.cn (the cooco/fck3179 "以下是我为大家搜集的优质范文" promo twin, so named before);
// arizonaweedmart.com, m.sxjzz.cn and 777306.cn (the "/<col>/news|szjy/<yyyymmdd>/100001000…html" mirror family of
// metaversechicagoautoshow); lintaozx.com (the "转载请注明:http://…" SEO mirror of round 83's thewownoob); the "/jxfw/<yyyymm>/"
// farm (bbs.hbezg.com, bbs.weblaolv.com, 123jzs.com, m.howvc.com, zixun.taizhoudaily.net, bbs.gzlsly.com); bncz/bjhy/lxzx
// .xbjyfw.cn (sister school sites of the used bngz.xbjyfw.cn); kukupnews.blogspot.com (blogspot.com occurs in the used list).
// Written from page.txt alone, before any engine ran on it.
// `source` is the page the text was captured from (see ../README.md for how page.txt was made). build.mjs
// applies them: `replace` (exact, each must match), then `regexCut`, then `join`, then the page is split into lines,
// trimmed, blank lines and `dropLines` (exact trimmed lines) removed; what is left are the paragraphs. Titles, noise
// and outlines are written by hand here.

const PINYIN = '\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)';

export const specs = {
  '07-fayan-bjlnsb-biye-dianli-jiazhang-daibiao-no-title-quote-spaces': {
    source: 'http://bjlnsb.com/Info_Show.asp?InfoID=5879',
    kind: 'speech: 发言 (a parent speaking for the parents at a senior-three graduation ceremony; school ASP page)',
    tests: 'no title line and no site noise at all: the capture opens with the salutation "尊敬的各位领导、各位老师、同学们:" and "大家好!" on its own line; the speaker introduces herself as a student\'s parent and "家长代表"; a slogan quoted with a stray space after the opening quote ("“ 办一流学校…") and five quoted mottos separated by "、" with stray spaces ("; “以…", "、 “以…"); no numbered points; cut mid-word ("知识积") — a do-no-harm case',
    isSpeech: true,
    title: '',
    noise: [],
    outline: [],
  },
  '08-jianghua-cyxsy-big5-pinyin-biyeban-jiazhanghui-zuihou-leftover': {
    source: 'http://www.cyxsy.cn/fanwen/yanjianggao/11446.html',
    kind: 'speech: 讲话 (a class teacher at a primary-school graduating-class 家长会; traditional-script pinyin mirror)',
    tests: 'traditional script with pinyin after every 學 業 紀 關 應 標 習 遠 結 進 續 轉 專 領 導 (title included: "在小學(xué)畢業(yè)班家長會上的講話"); "尊敬的各位家長:" then "你們好!" glued to the first body sentence; the simplified leftovers 最后, 关系 (關(guān)系) and 對于; meeting rules (phones off, no smoking); "再過10天" and "5月20日"; "第一階段" is prose; no numbered points; cut mid-word ("今年畢")',
    isSpeech: true,
    title: '在小學畢業班家長會上的講話',
    noise: [],
    regexCut: [PINYIN],
    dropLines: ['在小學畢業班家長會上的講話'],
    outline: [],
  },
  '09-letter-lws-big5-pta-huixun-xinren-xiaozhang-signature-not-speech': {
    source: 'https://www.lws.edu.hk/tc/pta-newsletter-102021',
    kind: 'non-speech: letter (a new principal\'s greeting to parents in a Hong Kong school\'s PTA newsletter)',
    tests: 'traditional script; the newsletter name "家長教師會會訊" as headline; "各位家長:" and "大家好!我是劉永生中學的新任校長,…" — a speech\'s salutation and greeting; lines holding a lone space between the paragraphs; 「」 quotes, a "<彼得前書 5:2>" reference and a quoted Bible verse; the letter\'s sign-off "主僕 容信恆校長" — a written letter printed in a newsletter, not a speech; under the floor because the page holds no more',
    isSpeech: false,
    title: '家長教師會會訊',
    noise: [],
    outline: [],
  },
  '10-letter-dxzw-zhi-jiazhang-crumb-author-diary-not-speech': {
    source: 'http://dxzw.com/rj/201101/77819.html',
    kind: 'non-speech: letter in a diary (a class teacher\'s 寒假 letter to parents, copied into a parent\'s 日记 on a composition site)',
    tests: 'a breadcrumb "当前位置:丁香作文网 > 日记 >", the title "致尊敬的家长", an "作者:青青园中葵 阅读:" line with an empty count; "尊敬的家长:" and "您好!" indented; short one-sentence paragraphs, a sentence without its end mark, a "......" line; the signature "二(1)班语文教师" after a long indent; then the diarist\'s own sentence about the letter and a lone "(" at the cut — a letter, not a speech',
    isSpeech: false,
    title: '致尊敬的家长',
    noise: [],
    outline: [],
  },
  '11-fangan-yingzhuangyuan-jiaweihui-chengli-dahui-toc-yi-paren-not-speech': {
    source: 'https://yingzhuangyuan.cn/%e5%b0%91%e5%85%88%e9%98%9f%e5%85%b1%e9%9d%92%e5%9b%a2%e8%b5%84%e6%96%99/3065.html',
    kind: 'non-speech: 方案 (an activity plan for a school\'s 家长委员会 founding meeting)',
    tests: 'a title with a year and a quoted slogan line; a table of contents "一、活动背景与目的" … "七、结语" followed by the same headings again with their bodies; time/place lines with placeholders ("2024年XX月XX日(星期X)"); bare list lines; agenda items "(一)开场致辞" … "(六)闭幕致辞" with 1./2./3. steps naming a 就职发言 and 致辞 — a plan, not a speech; cut mid-sentence ("总结")',
    isSpeech: false,
    title: '2024年学校家长委员会成立大会活动方案',
    noise: [],
    outline: [],
  },
  '12-novel-fareastyh-kenqinhui-quoted-shouxian-nv-censor-not-speech': {
    source: 'http://fareastyh.com/book/74276i/ba2j6i.html',
    kind: 'non-speech: novel (a chapter set at a school 恳亲会; novel-reading mirror)',
    tests: 'a crumb "迷你中文 - 综合其他 - 出轨在线阅读 - 16.两个女人(二)" and the chapter title "16.两个女人(二)"; four-space indents; the censor spellings "nV人" and "品X"; 於/之後/甚麽 and 「」 quotes; a teacher\'s answers told in the narration ("首先是她…;至於…;关於…"); a mother\'s quoted remarks opening "「我首先要谢谢王老师…" after "举起手来:" — narration, not a speech; under the floor because the page holds no more',
    isSpeech: false,
    title: '16.两个女人(二)',
    noise: [],
    outline: [],
  },
};
