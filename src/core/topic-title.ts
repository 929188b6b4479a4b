// A talk that announces its own topic ("今天我演讲的题目是“垃圾分类,保护环境”", "我讲话的题目是《…》")
// under a line that prints that topic alone: that line is the talk's title, whatever headline the
// page printed over it ("英语教研室主任周晓岚——第17周国旗下讲话" names the speaker and the week).
import { compiledPattern } from './rules/machine-code';
import { compareKey } from './normalize';

const ANNOUNCED_TOPIC = /(?:讲话|演讲|发言|讲)的?(?:题目|主题)(?:是|叫)\s{0,2}[:：]?\s{0,2}[“《「"]([^”》」"\n]{2,40})[”》」"]/;
/** How many lines after the title the announcement may stand (the salutation and greeting between). */
const ANNOUNCEMENT_REACH = 4;

/** The line that prints the topic the talk announces a few lines under it, if any. */
export function titleNamedByTopic(candidates: readonly number[], window: readonly number[], lines: readonly string[]): number | undefined {
  // most texts announce no topic: the announcement is looked for first
  for (let k = 0; k < window.length; k++) {
    const topic = compiledPattern(ANNOUNCED_TOPIC).exec(lines[window[k]!]!);
    if (!topic) continue;
    const key = compareKey(topic[1]!);
    const reach = window[Math.max(0, k - ANNOUNCEMENT_REACH)]!;
    const title = candidates.find((i) => i >= reach && i < window[k]! && compareKey(lines[i]!.replace(/^[“《「"]|[”》」"]$/g, '')) === key);
    if (title !== undefined) return title;
  }
  return undefined;
}
