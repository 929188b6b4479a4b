// Chinese surnames, for telling a person's bare name from other short lines: a poster's name under
// the title (frame-rules.ts meta.poster), a speaker's name printed after the title
// (title-decorations.ts). Simplified script: the rules read folded lines.

/**
 * Common surnames, for a poster's bare name under the title ("刘莉莉", "曹贞俊老师"). A bare
 * name there is the site's; a speaker's byline carries a position and is left alone.
 */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周习徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔麦向汤常康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲滕屈饶解牟艾尤穆卓缪简芦褚娄窦戚岑费卜冷晏席柏瞿佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝冼温容';
export const COMPOUND_SURNAMES = '欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|端木';

/** A person's name as a regex source: a surname and one or two characters (a speaker's name after a
 * title, a headline's "骆振峰:…"). */
export const PERSON_NAME = `[${SURNAMES}][\\u4e00-\\u9fff]{1,2}|(?:${COMPOUND_SURNAMES})[\\u4e00-\\u9fff]{1,2}`;
