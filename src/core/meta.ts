// Facts lifted out of the meta lines that cleaning removed ("时间:2021-04-23 致辞讲话 我要投稿").
import type { AnalysisMeta, Removed } from './types';

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const SOURCE = /来源\s*[:：]\s*([^\s　]{1,30})/;
const PUBLISHED = /(?:发布|发表|更新|上传)?(?:时间|日期)\s*[:：]\s*\d{4}|^\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/;

export function extractMeta(removed: readonly Removed[], host: string | undefined): AnalysisMeta {
  const meta: AnalysisMeta = {};
  for (const r of removed) {
    // meta lines, and publishing lines a page shell set aside as chrome ("发布时间：…")
    if (r.reason !== 'meta' && !(r.reason === 'site-chrome' && PUBLISHED.test(r.text))) continue;
    const date = DATE.exec(r.text);
    if (date && !meta.date) meta.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    const source = SOURCE.exec(r.text);
    if (source && !meta.source) meta.source = source[1]!;
  }
  if (host) meta.host = host;
  return meta;
}
