// Facts lifted out of the meta lines that cleaning removed ("时间:2021-04-23 致辞讲话 我要投稿").
import { foldScript } from './script/fold';
import type { AnalysisMeta, Removed } from './types';

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const SOURCE = /来源\s*[:：]\s*([^\s　]{1,30})/;
const PUBLISHED = /(?:发布|发表|更新|上传)?(?:时间|日期)\s*[:：]\s*\d{4}|^\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/;

export function extractMeta(removed: readonly Removed[], host: string | undefined): AnalysisMeta {
  const meta: AnalysisMeta = {};
  for (const r of removed) {
    // meta lines, and publishing lines a page shell set aside as chrome ("发布时间：…")
    if (r.reason !== 'meta' && !(r.reason === 'site-chrome' && PUBLISHED.test(foldScript(r.text)))) continue;
    const date = DATE.exec(r.text);
    if (date && !meta.date) meta.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    // read on the folded text (a mirror's 來源:), taken from the page's own at the same offsets
    const source = SOURCE.exec(foldScript(r.text));
    if (source && !meta.source) meta.source = r.text.substr(source.index + source[0].length - source[1]!.length, source[1]!.length);
  }
  if (host) meta.host = host;
  return meta;
}
