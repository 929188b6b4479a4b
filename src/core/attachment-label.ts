// A download box names the file it offers under a bare label ("附件" / "基层减负工作专题会上的讲话.docx" /
// "22.77KB" / "下载文件"): the label is the box's, like the file's name the rules already took under it. Pure.
import type { LineNoise as Noise } from './types';

/** The label alone on its line: "附件", "附件:", "附件下载". */
const ATTACHMENT_LABEL = /^(?:相关)?附件(?:下载)?\s?[:：]?$/;
export const FILE_NAME_RULE = 'site-chrome.file-name';
const LABEL: Noise = { reason: 'site-chrome', rule: FILE_NAME_RULE };

/** Marks a bare attachment label right above a line taken as the offered file's name. */
export function markAttachmentLabel(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (noise.get(nonBlank[k + 1]!)?.rule === FILE_NAME_RULE && !noise.has(i) && ATTACHMENT_LABEL.test(lines[i]!.trim())) noise.set(i, LABEL);
  }
}
