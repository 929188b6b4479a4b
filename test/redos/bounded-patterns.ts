// Patterns recheck calls super-linear (or cannot decide on), each with the reason its time
// stays bounded on what can reach it. redos.check.ts proves each reason on recheck's own attack
// string, pumped to about 100 KB and fed to the code that runs the pattern.
export interface BoundedPattern {
  /** the file it is written in */
  file: string;
  /** its source, exactly — or, for a pattern built at run time from other patterns (a union of
   * rules), the name it is built under (the constant, or the rule's id), whatever it holds */
  source?: string;
  built?: string;
  /** why the time it takes stays bounded on the text that reaches it */
  why: string;
}

const WS = "reads normalized lines only: normalize.ts collapses every run of white space to one space before any rule reads a line, so the white-space runs it could split every way are one character long";
const BOUNDED = "every repetition in it is bounded ({m,n}), so from any start it reads a bounded stretch: time linear in the text, the bound a constant factor (recheck counts the bound as unbounded)";

const OFFICERS = "anchored at the line's start, so it is tried once a line; the officers' titles split one way only (each closes at its 、 or comma, which a title's characters exclude), and from each place the titles may end, the audience word and the tail read at most 60 characters more: time linear in the line, 60 a constant factor (recheck counts the bound as unbounded)";

export const BOUNDED_PATTERNS: BoundedPattern[] = [
  {
    file: "src/core/layout/flattened.ts",
    built: "SITE_WORDS",
    why: "it reads only the head of a flattened line before its first split, at most FLATTENED_READ (1,000) characters, so even a quadratic pass over it costs a constant; its alternatives are anchored at the start or bounded ({m,n}), and its one unbounded run (\\s* after 目录/提纲) is anchored and reads normalized white space",
  },
  {
    file: "src/core/analyze.ts",
    source: "^[【\\[（(]?\\s*(?:本文|文章|原文)?(?:来源|出处|转载自|来自|摘自|作者|链接)?\\s*[:：]?\\s*[】\\]）)]?$",
    why: WS,
  },
  {
    file: "src/core/detect.ts",
    source: "\\s*[_|｜]\\s*|\\s+[-–—]\\s+",
    why: WS,
  },
  {
    file: "src/core/glued-debris.ts",
    source: "(?:…{1,2}|\\.{3,6})?\\s*[（(][^（()）]{0,30}?(?:省略\\s*\\d+\\s*字|未完|全文共\\s*\\d+\\s*字|[当當]前(?:仅|只|僅)?[显顯]示\\s*\\d+\\s*字|[显顯]示\\s*\\d+\\s*字)[^（()）]{0,80}(?:[)）]|$)",
    why: "from each opening bracket it reads at most 30 characters to a fixed notice word; the white-space and digit runs inside are read on normalized lines, one space long, once per bracket",
  },
  {
    file: "src/core/glued-debris.ts",
    source: "\\s*(?:当前|當前)?隐藏内容(?:免费)?(?:查看|可见)\\s*",
    why: WS,
  },
  {
    file: "src/core/layout/flattened.ts",
    source: "[\\u3400-\\u9fff][^。！？!?]{6,}[。！？!?]",
    why: "tested on at most 200 characters (rest.slice(0, 200) in flattenedTitleSplits), never on a whole long line",
  },
  {
    file: "src/core/layout/glued-chrome.ts",
    source: "收集于网络\\s{0,2}[,，]?\\s{0,2}如有侵权请联系管理员删除|_{20,}",
    why: "a fixed notice, or a run of 20 or more underscores read once from its first underscore (a failed run is skipped whole)",
  },
  {
    file: "src/core/rules/union-dispatch.ts",
    built: "dispatchedAlternation",
    why: `alternatives of the line rules' union (rule-plans.ts), each tried where the union would try it, on the lines the rules read: ${WS}`,
  },
  {
    file: "src/core/peel.ts",
    source: "[。！？]+[”’」』）)]*|[!?]+(?![A-Za-z0-9=&%/_-])[”’」』）)]*|(?<=[A-Za-z0-9_-]{5})\\s+(?=[\\u4e00-\\u9fff（(【\\[])",
    why: "sentence ends and closing brackets are read once each; the look-behind reads 5 characters; white space is one space on normalized lines",
  },
  {
    file: "src/core/peel.ts",
    source: "\\s*[（(【\\[][^（()）【】\\[\\]]{6,40}[）)】\\]]",
    why: WS,
  },
  {
    file: "src/core/peel.ts",
    source: "[\\u4e00-\\u9fff][^。！？!?]{6,}[。！？!?]",
    why: "tried on the segments after a notice in the same paragraph, each ending at its first sentence end; its worst case through the engine is proved below",
  },
  {
    file: "src/core/title.ts",
    built: "NAME_AFTER_SEPARATOR",
    why: BOUNDED,
  },
  {
    file: "src/core/rules/frame-rules.ts",
    built: "meta.fields",
    why: WS,
  },
  {
    file: "src/core/rules/frame-rules.ts",
    built: "meta.poster",
    why: "a line rule with maxLength 14: only lines of at most 14 characters reach it",
  },
  {
    file: "src/core/rules/frame-rules.ts",
    source: "的评论\\s*\\d*\\s*条(?:评论)?$|^(?:共|已有)\\s*\\d+\\s*(?:条评论|人评论|人参与)",
    why: WS,
  },
  {
    file: "src/core/rules/frame-rules.ts",
    source: "因篇幅(?:问题|原因|关系|所限|限制)?[^。]{0,4}(?:不能|无法|未能|只能)(?:全部|完整)?(?:显示|展示|呈现)|省略(?:了)?\\s*\\d+\\s*字|仅(?:展示|显示)(?:了)?\\s*(?:前)?\\s*\\d+\\s*字|(?:全文|文章|本文)(?:共|约)(?:计)?\\s*\\d+\\s*字[,，。]|当前(?:仅|只)?(?:显示|展示)\\s*\\d+\\s*字|(?:点此|点击)查看更多(?:更全)?内容|(?:正式|VIP|付费)?会员(?:可|才能|方可)(?:完整|全文)?(?:阅读|查看|下载)",
    why: WS,
  },
  {
    file: "src/core/rules/frame-rules.ts",
    source: "不代表(?:本站|本网|[\\u4e00-\\u9fff]{1,6}网)(?:的)?(?:观点|立场)|来源于网友上传|(?:若|如)需(?:要)?原创文章|如发现本站有[^。]{0,30}(?:侵权|违规|违法)|版权争议|联系网站客服|一经查实[,，]?\\s*本站将(?:立刻|立即|及时)?删除|除非特别(?:标注|注明)[,，]?\\s{0,2}否则均为本站原创|如若本站内容侵犯了",
    why: WS,
  },
  {
    file: "src/core/rules/frame-rules.ts",
    source: "(?:每天|每日|每月|低至)\\s*(?:仅需|只需|只要)\\s*\\d+(?:\\.\\d+)?\\s*元|\\d+(?:\\.\\d+)?\\s*万\\s*(?:道|套)(?:试题|真题|题目|习题|题库)|^立即(?:了解|咨询|购买|开通|领取|抢购|体验|报名)\\s*[!！>》»]*$|^[\\u4e00-\\u9fff]{1,6}\\s{0,2}(?:领|抢|赚|得)红包[!！]?$",
    why: "fixed words with a price between; the digit runs are read once from the word before them, and white space is one character long on normalized lines",
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "(?:QQ|微信|Q)群\\s*(?:号)?\\s*[:：]|(?:会员|交流|资料|VIP)群\\s*[:：]",
    why: WS,
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "(?:微信|V信|vx|wx)\\s*(?:号)?\\s*[:：]\\s*[A-Za-z0-9_-]{5,}",
    why: WS,
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "^[\\u4e00-\\u9fff]{2,8}\\s{1,3}\\d{4}-\\d{1,2}-\\d{1,2}\\s{1,3}\\d{1,7}$|^(?!发布|发表|更新|时间|日期)[\\u4e00-\\u9fff]{2,10}\\s{1,3}\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s{1,3}\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s{1,3}(?:点击|浏览|阅读)\\s{0,2}\\d{1,7}\\s{0,2}次$|^(?:[-•·]\\s*)?(?:[\\u4e00-\\u9fff]{2,10}[网網]\\s{1,3}|https?:\\/\\/[\\w.-]{3,40}\\s{1,3})?\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?[\\s/|｜·]*(?:(?:新闻|文章|信息|稿件)?来源|作者|浏览|编辑|发布|阅读|点击|栏目)",
    why: WS,
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "^(?:阅读榜|排行榜|点击排行|阅读排行|热文排行)$|^了解这些(?:有可能|可能)?对(?:您|你)有(?:所)?帮助$|^(?:[-•·]\\s*)?(?:(?:【[^】]{1,40}】|\\[[^\\]]{1,40}\\]|《[^》]{1,40}》)\\s*)?(?:其他|其它|更多)?(?:相关推荐|相关文章|相关稿件|相关新闻|相关范文|热门文章|热点文章(?:阅读)?|热门范文|猜你喜欢|推荐阅读|延伸阅读|热门推荐|相关阅读|相关专题|精彩推荐|最新文章|热门标签|相关标签|标签云|最新文档|热门文档|相关文档|本类推荐|热门话题|热门资讯|最新资讯)|看了[^。]{1,40}的人(?:还|也)(?:看了|在看|喜欢)|^(?:大家|网友)(?:都在看|还看了|还喜欢)|^(?:关联|相关|相关链接|相关新闻|相关报道)\\s?[:：]$|^[^。！？!?，,：:\\s]{2,40}?(?:词|辞|稿|讲话|发言|范文)(?:相关文档|相关文章|相关范文|相关推荐)[:：]?$",
    why: "anchored at the line start, so it is tried once per line; the bracketed part is bounded ({1,40})",
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "著作权归作者所有|商业转载请联系|非商业转载请注明|转载[,，]?\\s{0,2}请(?:注明|保留)(?:出处|来源|链接|原文)|^(?:原文)?(?:链接|地址|出处)\\s*[:：]\\s*(?:https?:\\/\\/|www\\.)|^本文(?:链接|地址)\\s*[:：]",
    why: WS,
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "^【?(?:字体|字号)\\s{0,2}[:：∶]?\\s{0,2}】?$|^【(?:字体|字号)\\s{0,12}】\\s{0,4}【(?:背景色|背景|颜色)\\s[^【】]{0,60}$|^【?(?:字号|字体)\\s*[:：]?\\s*[大中小](?:\\s*[大中小]){1,2}】?|^(?:打印\\s{0,3})?(?:字号|字体)\\s{0,2}[:：]\\s{0,2}[TtAa]\\s{0,2}[|｜]\\s{0,2}[TtAa]$|^(?:字号|字体)\\s{0,2}[:：]\\s{0,2}[TtAa](?:\\s{1,3}[TtAa]){1,2}(?:\\s{1,6}(?:颜色|背景色?)\\s{0,2}[:：])?$|^(?:字号|字体)(?:调整|大小|设置)?\\s*[:：]\\s*[\\[【(（]?\\s*[+＋]?\\s*(?:放大|加大|增大|大)\\s*[-－|｜/]?\\s*(?:减小|缩小|小)\\s*[\\]】)）]?$|^(?:收藏本文|复制链接|打印本页|推荐给朋友|我要投稿|我要评论)|^[【\\[]?(?:打印|关闭|關閉|加入收藏|收藏本站)[】\\]]?$",
    why: WS,
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "^以上(?:为|是)?(?:部分|节选)内容预览|如需(?:源文档|原文档|完整文档|完整版)[,，]?\\s{0,2}请(?:登[录陆]|下载|购买)|全文预览已结束|(?:全文)?(?:阅读|预览|试读)已结束|^(?:在线|免费)?(?:全文)?(?:预览|试读)结束(?=$|[,，。.!！:：\\s])|已阅读\\s*\\d+\\s*页[^。]{0,6}还剩\\s*\\d+\\s*页|已超出(?:免费)?(?:预览|试读|阅读)范围",
    why: WS,
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "^阅读(?:完整|全部)内容[,，]\\s{0,2}请(?:点击|登[录陆]|购买)[^。]{0,12}$|^展开(?:剩余|全文|阅读|全部)|(?:剩余|还有|还剩)\\s*(?:\\d+|\\.{2,6}|…{1,3})\\s*(?:字|页|%)\\s*(?:未读|未显示)|登[录陆]后(?:即可)?(?:查看|阅读|复制|下载)|(?:完整|全部|剩余|更多)内容请?(?:下载|登[录陆]|开通|购买)|(?:会员|付费)(?:专享|可见|内容)|试读结束|需要?先登[录陆][!！。)）]*$",
    why: WS,
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "下载(?:所需|需要)?(?:积分|金币|下载券|下载币|点数)\\s*[:：]?\\s*\\d+",
    why: WS,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    source: "(?:^|\\n)\\s*第[\\d一二三四五六七八九十百千零两]{1,6}[章回](?!\\s*[总附]则)(?:\\s|$|[^\\n。]{0,20}(?:\\n|$))",
    why: WS,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    source: "(?:^|\\n)\\s*第[一二三四五六七八九十]{1,3}条|第一章\\s*总则",
    why: WS,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    source: "(?:\\s+|[（(【\\[][^（()）【】\\[\\]]{0,16}[)）】\\]]|\\.(?:docx?|pdf|txt)|VIP|资料讲解|word版|精编版|第[一二三四五六七八九十\\d]{1,3}篇|篇[一二三四五六七八九十\\d]{1,3}|[一二三四五六七八九十\\d]{1,3}篇|\\d{1,3}|\\d{1,5}字|范文|范例|例文|範文|範例|样本|模板|大全|精选|精编|汇编|合集|集合|集锦|锦集|优秀|最新|简短|完整版|通用|稿)$",
    why: WS,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    built: "GLUED_SALUTATION",
    why: WS,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    built: "SALUTATION_LINE",
    why: OFFICERS,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    built: "SALUTATION_TO_OFFICERS",
    why: OFFICERS,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    built: "GLUED_MEETING_TITLE",
    why: BOUNDED,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    built: "GLUED_GENRE_BEFORE_SALUTATION",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    built: "title.piece-number-wrapped",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    built: "title.word-count",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    source: "\\s*\\.(?:docx?|pdf|wps|pptx?|txt|rtf)(?:VIP)?$",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    source: "\\s*[|｜_\\-–—]\\s*$",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    source: "\\s*<\\/?[a-z][a-z0-9]{0,9}\\s*>$",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    source: "内容页|详情页|手机站|手机版|移动版|当前位置|當前位置|当前路径|您的位置|你的位置|所在位置|现在的位置|网站首页|網站首頁|文案下载|(?:范文|範文|作文|文库|文庫|公文|文秘|资料|資料|美文|文档|文檔)[网網](?!络|絡|格|上|民|友)|^(?:目\\s?录|目\\s?錄|提\\s?纲|提\\s?綱)\\s*(?:[\\/／:：]|$)|^[（(][^（()）]{1,12}[)）]$",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    built: "title.collection-count-bracket",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    built: "title.collection-count",
    why: WS,
  },
  {
    file: "src/core/rules/title-decorations.ts",
    built: "title.piece-number-end",
    why: WS,
  },
  {
    file: "src/core/title-decor.ts",
    source: "^(?:第\\s*)?(?:(?:篇|讲稿|講稿|范文|範文)\\s*)?[一二三四五六七八九十]{1,3}\\s*篇?\\s*[:：]?$|^第\\s*[0-9０-９]{1,2}\\s*篇\\s*[:：]?$|^篇\\s*[0-9０-９]{1,2}$",
    why: WS,
  },
  {
    file: "src/core/title-decor.ts",
    source: "^(?:第\\s*)?(?:(?:篇|讲稿|講稿|范文|範文)\\s*)?(?:一|1|１)\\s*篇?\\s*[:：]?$",
    why: WS,
  },
  {
    file: "src/core/title.ts",
    source: "^(.{4,}?)\\s*((?:(?:\\*|＊|×|Ｘ|X){2,3}\\s*)?[（(]\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日[^（()）]{0,12}[）)](?:\\s{1,3}(?:[王李张刘陈杨黄赵吴周习徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔麦向汤常康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲滕屈饶解牟艾尤穆卓缪简芦褚娄窦戚岑费卜冷晏席柏瞿佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝冼温容][\\u4e00-\\u9fff]{1,2}|(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|端木)[\\u4e00-\\u9fff]{1,2}))?)$",
    why: `${WS}; from each place the title may end, the mask, the date, the note and the name after it read a bounded stretch`,
  },
  {
    file: "src/core/title.ts",
    source: "专辑|合集|精选|(?:每日|每天|实时|持续|无休|不断)更新|更新\\s*[:：]|会员(?:专享|免费|群|交流|续费|下载)|(?:VIP|开通|加入|赠送)会员|专享|订阅|(?:讲话|讲稿|报告|致辞|发言|材料|范文|心得|总结|方案|党课)、[^、]{1,8}(?:讲话|讲稿|报告|致辞|发言|材料|范文|心得|总结|方案|党课)(?:、|$)",
    why: "fixed words and single marks, one short \\s run on normalized lines; tried on title candidates",
  },
  {
    file: "src/core/toc.ts",
    source: "^[【\\[]?(?:文章|本文|内容)?(?:目录|提纲|大纲)(?:\\s*[/／、]\\s*(?:目录|提纲|大纲))?[】\\]]?\\s*[:：]?\\s*(?:…+|\\.{2,}|-{2,})?$",
    why: WS,
  },
  {
    file: "src/core/watermark.ts",
    built: "DOMAIN_GLOBAL",
    why: "labels and their number are bounded ({0,62}, {1,4}), the path too ({0,80}): from any start it reads a bounded stretch",
  },
  {
    file: "src/core/watermark.ts",
    source: "^[,，、·|｜]\\s*[\\u4e00-\\u9fff]{0,8}?(?:范文|文库)[\\u4e00-\\u9fff]{0,4}?(?:文库|资料库|范文网)",
    why: WS,
  },
  {
    file: "src/dom/decode.ts",
    source: "<meta\\b[^>]*>",
    why: "reads the first 4 KB of the file only (SNIFF_BYTES): the time is bounded by the size of that head",
  },
  {
    file: "src/dom/decode.ts",
    source: "charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)",
    why: "reads one <meta> tag found in the first 4 KB of the file only (SNIFF_BYTES)",
  },
  {
    file: "src/dom/page-title.ts",
    source: "\\s+[-–—|·]\\s+|\\s*(?:_|\\||——|｜|::)\\s*",
    why: "splits document.title after squeezeSpaces (every white-space run one space), so the \\s runs it could split every way are one character long",
  },
  {
    file: "src/dom/page-title.ts",
    source: "\\s+(?:\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}|(?:发布时间|时间|日期|来源|作者|点击|浏览|评论)\\s*[:：]).*$",
    why: "reads the heading's text after squeezeSpaces (every white-space run one space), so its \\s runs are one character long",
  },

  {
    file: "src/core/layout/stylesheet.ts",
    source: "(@?[A-Za-z.#*][\\w.#*:>\\s,-]{0,80})?\\{([^{}]{0,800})\\}",
    why: BOUNDED,
  },
  {
    file: "src/core/rules/speech-cues.ts",
    source: "(?:^|\\n|^[^。！!\\n]{2,24}[！!]\\s{0,2})\\s*(?:北京时间|当地时间)?(?:(?:\\d{4}年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:上午|下午|晚上|晚间|早上|晚)?|\\d{1,2}日(?:上午|下午|晚上|晚间|早上|晚))[，,][^。\\n我们咱]{0,80}?(?:举行|召开|举办|开幕|闭幕)",
    why: WS,
  },
  {
    // recheck's fuzzer calls it polynomial on some runs and linear on others (its verdict is random)
    file: "src/core/rules/line-rules.ts",
    source: "(?:时间|日期)\\s*[:：]\\s*\\d{4}-\\d{1,2}-\\d{1,2}\\s{0,2}(?:信息|文章|新闻)?来源\\s*[:：]|(?:浏览|阅读|点击|人气)(?:次数|量)?\\s*[:：]?\\s*\\d+\\s*次?[^。]{0,30}(?:来源|作者|时间|日期)\\s*[:：]|[（(]\\s{0,2}(?:发表|发布)(?:日期|时间)\\s{0,2}[:：][^()（）。]{4,30}(?:阅读|浏览|点击)(?:人次|次数|量)\\s{0,2}[:：]\\s{0,2}\\d+[^()（）。]{0,16}[)）]$|(?:来源|作者|演讲者|主讲人?)\\s*[:：][^。]{0,30}(?:浏览|阅读|点击|查看|时间|日期|发表|发布)\\s*[:：]|^(?:浏览)?字号\\s*[:：][^。]{0,12}(?:来源|作者|时间|日期)\\s*[:：]",
    why: "a match starts only at one of its labels (浏览, 阅读, 点击, 人气, 来源, 作者, 字号); from there the digits after it are read once and the bounded {0,30} stretch at most 30 characters a digit, and white space is one space on normalized lines",
  },
  {
    file: "src/core/rules/line-rules.ts",
    source: "(?:加|添加|联系)\\s{0,2}(?:V|Ｖ|微信|VX|WX|QQ|扣扣)(?:号)?\\s{0,2}[:：【\\[]?\\s{0,2}[A-Za-z0-9_-]{4,}|(?:微信|VX|WX|QQ)\\s{0,2}(?:添加|加)\\s{0,2}[:：【\\[]?\\s{0,2}[A-Za-z0-9_-]{4,}|(?:加|添加)\\s{0,2}(?:V|Ｖ|微信)[^。]{0,12}(?:领取|获取|获得|索取)",
    why: "every alternative opens with fixed words; the first two close with their one unbounded run ([A-Za-z0-9_-]{4,}), which makes the match as soon as it holds four characters, and the third reads at most 12 characters past its words ({0,12}); recheck's fuzzer, which counts bounds as unbounded, calls it polynomial on some runs and not on others",
  },
  {
    file: "src/core/rules/title-decorations.ts",
    source: "(?<=(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|讲稿|講稿|主持词|主持詞|开幕词|開幕詞|闭幕词|閉幕詞|党课|黨課|悼词|悼詞|贺词|賀詞|演讲|演講|欢迎词|歡迎詞|答谢词|答謝詞)稿?)\\s?-{1,2}\\s?(?![^-]*(?:讲|講|辞|辭|词|詞|稿|言|的))[\\u4e00-\\u9fffA-Za-z0-9]{2,10}$",
    why: "it is tried only on a title, and only where a genre word and a dash stand just before (the lookbehind reads at most four characters back); its lookahead [^-]* stops at the next dash, so the stretches successive tries read do not overlap: time linear in the title",
  },
  {
    file: "src/core/rules/speech-cues.ts",
    built: "LETTER_FORM",
    why: "it reads the detector's body, paragraphs joined by one newline each, so its white-space runs are short; every alternative opens at a line's start (^ or a newline) and reads at most two lines with bounded counts ({1,30}, {0,16}, {2,4}) before its fixed words; recheck's fuzzer, which counts bounds as unbounded, called it linear on one run and polynomial on the next",
  },
];

