// Could this page hold a speech? The content script's first stage asks this of every page on a
// template host before the engine is injected (src/content/first-stage.ts): a "no" must never
// be wrong on a speech (test/core/speech-sniff.test.ts reads every saved speech page), a "yes"
// costs only the engine's load, which then decides. A speech names its genre (讲话, 致辞…),
// turns to its audience (同志们, 各位…) or numbers its points (一、 （一） 第一部分 一是 首先) —
// in simplified or traditional script. (withTraditional rewrites characters one by one: the
// words must not put a character that has a traditional form inside a [class].) The words are the detector's own (rules/speech-cues.ts).
import { AUDIENCE, SPEECH_GENRE } from './rules/speech-cues';

/** The words of a written-out outline: enough to open a speech's points (第一个问题, 第一点 too). */
const OUTLINE_MARKERS = '[一二三四五六七八九十][、是]|[（(][一二三四五六七八九十][)）]|第[一二三四五六七八九十](?:部分|个|点|[，,、:：])|首先|述职|表态|动员';
/** A greeting's words: a 贺词 may address no one by name ("向全县人大代表…送上新春的问候"). */
const GREETING_WORDS = '问候|祝福';
/** The speaker turning to the room in the first sentences ("能夠站在這里和大家講一講…"): a talk that names no genre
 * and hails no one (a page on which no one speaks says it too: the engine decides). */
const TO_EVERYONE = '(?:和|与|同|跟)大家';
/** What was said at a meeting, named as a title names it, its genre word cut off ("…组织宣传会议上的"). */
const SAID_AT_MEETING = '(?:会|议|礼|式)上的';
/**
 * Traditional forms of the characters the words above use, as simplified/traditional pairs: the
 * same mapping as the fold table (script/fold-table.ts; the test checks they agree), kept to
 * these characters so the first stage stays small.
 */
export const SNIFF_TRADITIONAL =
  '布佈讲講话話致緻辞辭词詞发發发髮说說说説贺賀开開闭閉联聯欢歡谢謝场場党黨课課语語爱愛亲親诸諸体體同衕志誌们們师師学學领領导導来來宾賓家傢长長表錶战戰乡鄉伙夥职職态態动動员員个個点點问問证証证證团團团糰辅輔队隊献獻总總结結运運愿願会會议議礼禮与與';

/** A pattern that also matches each character's traditional forms. */
function withTraditional(pattern: string): string {
  const forms = new Map<string, string>();
  for (let i = 0; i + 1 < SNIFF_TRADITIONAL.length; i += 2) {
    const simplified = SNIFF_TRADITIONAL[i]!;
    forms.set(simplified, (forms.get(simplified) ?? simplified) + SNIFF_TRADITIONAL[i + 1]!);
  }
  let out = '';
  for (const ch of pattern) {
    const both = forms.get(ch);
    out += both ? `[${both}]` : ch;
  }
  return out;
}

/** Built on first use: a page that is not Chinese never needs it. */
let cues: RegExp | undefined;

/** A converter's pinyin reading after a character ("發(fā)言", "同學(xué)們"), which splits the words above.
 * (The letters are script/pinyin.ts's PINYIN_LETTERS, spelled out: importing them brings that module's
 * regexes into the first stage, 0.1 KB gzip more.) */
const PINYIN_READING = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6} ?\)/g;

/** Whether `text` holds a speech's genre name, an address to an audience or an outline marker. */
export function textMayHoldSpeech(text: string): boolean {
  cues ??= new RegExp(withTraditional(`${SPEECH_GENRE}|${AUDIENCE}|${OUTLINE_MARKERS}|${GREETING_WORDS}|${SAID_AT_MEETING}|${TO_EVERYONE}`));
  return cues.test(text) || (text.includes('(') && cues.test(text.replace(PINYIN_READING, '')));
}
