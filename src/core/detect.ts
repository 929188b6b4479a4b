// Is this a speech? Evidence from the title's wording, the salutation, the phrases a speaker
// uses, the outline and the host. A news report about a speech ("…发表重要讲话") or an article
// numbered 一、二、 is not one: without a speech title, a salutation or spoken phrases the
// outline alone never makes a speech.
import { cjkRatio } from './normalize';

export const SPEECH_TITLE = /讲话|致辞|致词|发言|讲稿|演讲|贺词|开幕词|闭幕词|主持词|表态|动员|祝酒词|答谢词|欢迎词|述职|党课|寄语/;
const MEETING_TITLE = /在[^。]{2,40}(?:会|仪式|典礼|座谈|活动|论坛|培训班|开班式|启动式|年会)(?:上|中)?的/;
const NEWS_TITLE = /(?:发表|作出)[^。]{0,6}(?:讲话|致辞|演讲)|会见|记者|报道|新闻|日电|综述|简讯|快讯/;
/** Document kinds that are written, not delivered: a 工作总结 or 方案 numbered 一、二、 is no speech. */
const WRITTEN_TITLE = /总结|心得|体会|方案|计划|通知|通报|意见|办法|规定|制度|条例|细则|简报|纪要|请示|函$|调研报告|自查报告/;
const ABOUT_A_SPEECH = /讲话精神|心得|体会|观后感|读后感|学习[^。]{0,20}(?:讲话|致辞)[^。]{0,6}(?:有感|感悟|笔记)/;
const NEWS_BODY = /本报讯|新华社|中新网|（记者|\(记者|记者\s?[\u4e00-\u9fff]{2,3}\s?(?:报道|摄)|据[^。]{0,6}(?:报道|消息)|日电/;

export const SALUTATION =
  /^(?:尊敬的|敬爱的|亲爱的|各位|同志们|老师们|同学们|女士们|先生们|朋友们|领导们|来宾们|全体|在座的)[^。！？]{0,60}[:：]$|^同志们[，,！!]?$/;

const SPOKEN = [
  /同志们/,
  /今天[，,]?我们[^。]{0,6}(?:召开|举行|在这里)/,
  /刚才[，,]/,
  /下面[，,]?我(?:讲|再|就|简要)/,
  /我(?:讲|谈|提)(?:几|三|两|四|五)点/,
  /谢谢大家|谢谢！|谢谢!/,
  /散会|会议到此结束/,
  /我代表/,
  /希望(?:大家|同志们|同学们)/,
  /让我们/,
];

export interface DetectionInput {
  title: string;
  paragraphs: readonly string[];
  outlineItems: number;
  knownHost: boolean;
}

export interface Detection {
  isSpeech: boolean;
  confidence: number;
  /** why, for tests and the popup's tooltip */
  signals: string[];
}

export function detectSpeech(input: DetectionInput): Detection {
  const signals: string[] = [];
  const body = input.paragraphs.join('\n');
  if (body.length < 40 || cjkRatio(body.slice(0, 4000)) < 0.3) {
    return { isSpeech: false, confidence: 0.98, signals: ['not Chinese prose'] };
  }
  let score = 0;
  // "学习…重要讲话精神心得体会" names a speech but is an essay about one.
  const aboutASpeech = ABOUT_A_SPEECH.test(input.title);
  const titleSaysSpeech = !aboutASpeech && (SPEECH_TITLE.test(input.title) || MEETING_TITLE.test(input.title));
  if (aboutASpeech) (score -= 0.3), signals.push('title names an essay about a speech');
  else if (SPEECH_TITLE.test(input.title)) (score += 0.45), signals.push('title names a speech');
  else if (MEETING_TITLE.test(input.title)) (score += 0.35), signals.push('title names a meeting');
  if (NEWS_TITLE.test(input.title)) (score -= 0.45), signals.push('title reads as news');
  if (!titleSaysSpeech && WRITTEN_TITLE.test(input.title)) (score -= 0.25), signals.push('title names a written document');

  const salutation = input.paragraphs.slice(0, 4).some((p) => SALUTATION.test(p.trim()));
  if (salutation) (score += 0.4), signals.push('salutation');

  const spoken = SPOKEN.filter((re) => re.test(body)).length;
  if (spoken) (score += Math.min(0.4, spoken * 0.12)), signals.push(`${spoken} spoken phrases`);
  if (NEWS_BODY.test(body.slice(0, 3000))) (score -= 0.35), signals.push('news wording');
  if (input.outlineItems >= 2) (score += 0.05), signals.push('outline');
  if (input.knownHost) (score += 0.1), signals.push('template site');

  const evidence = titleSaysSpeech || salutation || spoken >= 3;
  const isSpeech = evidence && score >= 0.5;
  const p = Math.max(0, Math.min(1, score));
  const confidence = Math.round((isSpeech ? 0.5 + p / 2 : 1 - p / 2) * 100) / 100;
  return { isSpeech, confidence, signals };
}
