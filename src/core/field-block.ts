// A site's block of labelled fields over the text ("作者: …" / "时间: 2008年10月28日" / "来源: 人民网" /
// "全文: …", or an event's "时间:…" / "地点:…" / "发布人:…" / "媒体:…"): once the rules have read most of
// the block's lines as the site's, the rest are its fields too, though a bare "时间: <date>" or
// "全文: <a sentence>" alone could be the text's own. Only above the body: a field list in a speech
// (a 纪要's 时间/地点) has no site line among it. Pure.
import { charLength } from './normalize';
import type { LineNoise as Noise } from './types';

/** A field: a label a site's form or an event's card uses, its colon, a value with no sentence end
 * ("时间: 2008年10月28日", "会议时间:…", "信息来源:…"); not a name before a title ("周晓岚:远离毒品…"). */
const FIELD_LINE =
  /^\s{0,4}(?:会议|活动|信息|文章|发布|更新)?(?:作者|时间|日期|来源|全文|摘要|地点|主题|编辑|媒体|发布人|主持人?|参会人员|出席|栏目|点击|浏览|阅读)\s{0,2}[:：]\s{0,2}[^\s。！？!?][^。！？!?]{0,60}$|^\s{0,4}(?:会议|活动|举办|研讨会|论坛|讲座)?(?:时间|日期|地点|主题|主持人)\s{1,4}[^\s。！？!?:：][^。！？!?]{0,60}$|^\s{0,4}(?:会议|活动|研讨会|论坛|讲座)内容$/;
// (an event page's card sets its labels apart by a space: "举办时间 2011年4月27日" / "主持人 陈履生(…)", and
// closes with the label of the text under it, "研讨会内容")
/** The fewest fields a block holds, and the fewest of them the rules read as the site's. */
const MIN_FIELDS = 3;
const MIN_READ = 2;
const FIELD_BLOCK: Noise = { reason: 'meta', rule: 'meta.field-block' };

/** `lines`: as the rules read them (folded); `noise`: the line rules' verdicts so far. */
export function markFieldBlock(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number | undefined, bodyStart: number): void {
  let run: number[] = [];
  // a field whose value is the title printed again ("研讨会主题 “…”研讨会") is the card's as well
  const title = titleIndex === undefined ? '' : lines[titleIndex]!;
  const repeatsTitle = (i: number): boolean => {
    const value = lines[i]!.replace(FIELD_LABEL, '').trim();
    return value.length >= MIN_TITLE_VALUE && title.includes(value);
  };
  const close = (): void => {
    if (run.length >= MIN_FIELDS && run.filter((i) => isSiteField(noise.get(i)) || repeatsTitle(i)).length >= MIN_READ) {
      for (const i of run) if (!noise.has(i)) noise.set(i, FIELD_BLOCK);
    }
    run = [];
  };
  for (const i of nonBlank) {
    if (i >= bodyStart) break;
    if (i !== titleIndex && FIELD_LINE.test(lines[i]!) && (!noise.has(i) || isSiteField(noise.get(i)))) run.push(i);
    else close();
  }
  close();
}

function isSiteField(noise: Noise | undefined): boolean {
  return noise !== undefined && (noise.reason === 'meta' || noise.reason === 'watermark' || noise.reason === 'site-chrome');
}
/** A field's label and what sets it apart from its value. */
const FIELD_LABEL = /^\s{0,4}[\u4e00-\u9fff]{2,6}?(?:\s{0,2}[:：]|\s{1,4})/;
/** The shortest value read as the title printed again. */
const MIN_TITLE_VALUE = 6;

/** A field's label left alone on its line, its colon closing it ("来源:" over "木兰山文武学校"). */
const EMPTY_FIELD_LABEL = /^\s{0,4}(?:信息|文章|新闻)?(?:来源|作者|出处|发布(?:单位|部门|者|人)|供稿(?:单位)?|责任编辑|编辑|撰稿)\s{0,2}[:：]$/;
/** The longest line read as a field's value: a name, a unit, a date. */
const MAX_FIELD_VALUE = 24;
/** Another field's label opening the line after the value ("发布时间:", "浏览次数: 12"). */
const NEXT_LABEL = /^\s{0,4}[\u4e00-\u9fff]{2,6}\s{0,2}[:：]/;
const FIELD_VALUE: Noise = { reason: 'meta', rule: 'meta.field-value' };

/**
 * A site's form printed one label and one value a line ("作者:" / "来源:" / "木兰山文武学校" / "发布时间:" /
 * "2021-06-02"): the line under a label the rules took, when it is short, no sentence, and another label follows
 * it, is the label's value (a title may follow an empty "作者:" itself). Only above the body.
 */
export function markValueUnderEmptyLabel(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, bodyStart: number): void {
  for (let k = 0; k + 2 < nonBlank.length; k++) {
    const label = nonBlank[k]!;
    const value = nonBlank[k + 1]!;
    if (value >= bodyStart) break;
    if (!noise.has(label) || noise.has(value) || !EMPTY_FIELD_LABEL.test(lines[label]!) || !NEXT_LABEL.test(lines[nonBlank[k + 2]!]!)) continue;
    const text = lines[value]!.trim();
    if (charLength(text) <= MAX_FIELD_VALUE && !/[。！？!?，,:：]/.test(text)) noise.set(value, FIELD_VALUE);
  }
}
