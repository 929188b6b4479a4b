// Facts lifted out of the meta lines that cleaning removed ("时间:2021-04-23 致辞讲话 我要投稿").
import type { AnalysisMeta, Removed } from './types';

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const SOURCE = /来源\s*[:：]\s*([^\s　]{1,30})/;

export function extractMeta(removed: readonly Removed[], host: string | undefined): AnalysisMeta {
  const meta: AnalysisMeta = {};
  for (const r of removed) {
    if (r.reason !== 'meta') continue;
    const date = DATE.exec(r.text);
    if (date && !meta.date) meta.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    const source = SOURCE.exec(r.text);
    if (source && !meta.source) meta.source = source[1]!;
  }
  if (host) meta.host = host;
  return meta;
}
