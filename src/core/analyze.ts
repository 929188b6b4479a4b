// The pipeline: blocks in, Analysis and per-block verdicts out. Pure: no DOM, no browser API.
//
//  0. the text's layout: hard wraps joined, page numbers and viewer chrome cut, a flattened
//     document's title split off (src/core/layout/);
//  1. normalize each block (invisible characters dropped, white space collapsed, offsets kept);
//  2. learn the brands the document names for itself;
//  3. whole-line noise by rule (zone-limited), the title, where the body starts, the promo
//     block at the head, the repeated title;
//  4. glued watermark fragments and user-rule fragments cut out of the kept blocks;
//  5. outline and speech detection on the cleaned paragraphs.
import { detectSpeech, isSalutation, SPEECH_TITLE } from './detect';
import { findAntiCopyMarks, findGluedSiteNotices, findLostIndents, hasLostIndents, usesDotStops } from './glued-debris';
import { findPlantedBrands, plantedBrandsOf } from './planted-brand';
import { findEmojiJammer, hasEmojiJammer } from './emoji-jammer';
import { markEncyclopediaTail } from './encyclopedia-tail';
import { findAsciiJammer, hasAsciiJammer, markAsciiJammerLines } from './ascii-jammer';
import { layoutBlocks } from './layout/index';
import { extractMeta } from './meta';
import { CHINESE_SAMPLE, charLength, compareKey, isChineseText, normalizeText, normalizeWithMap, type NormalizedText, sharedKeyLength } from './normalize';
import { matchMarker } from './markers';
import { readOutline } from './outline';
import { lineIsAllNotice, peelNotices, segmentsOf } from './peel';
import { findRepeatedBlocks } from './repeated-block';
import { markDoubledCaptions } from './doubled-captions';
import { markPageHeader } from './page-header';
import { markNextPieceHeads } from './next-piece';
import { markTailTeasers, markTeasers } from './teaser';
import { markCommentThread } from './comment-thread';
import { markFaqTail } from './faq-tail';
import { markRosterTail } from './roster-tail';
import { markFlattenedContents, markTablesOfContents } from './toc';
import { markAppendedArticle } from './appended-article';
import { markRepeatedOpening } from './repeated-opening';
import { FILE_NAME_RULE, markAttachmentLabel } from './attachment-label';
import { markStatementItems } from './statement-items';
import { markBracketedNote } from './bracketed-note';
import { lastAtMost } from './last-at-most';
import { removeSpans } from './remove-spans';
import { allMatches } from './rules/all-matches';
import { lineRulesMayMatch, LONGEST_RULE, mayMatchLineRule, mayMatchRule, rememberingLineRuleAnswers } from './rules/any-line-rule';
import { LINE_RULES, PROMO_WORDS, RELATED_LIST_RULES, type LineRule, type Zone } from './rules/line-rules';
import { compiledPattern } from './rules/machine-code';
import { execFolded } from './script/exec-folded';
import { foldLines, foldScript } from './script/fold';
import { cutPinyin, findPinyinAnnotations, removePinyinReadings, type PinyinFreeText } from './script/pinyin';
import { templateSiteOf } from './rules/sites';
import { AUDIENCE, GREETING_LINE } from './rules/speech-cues';
import { siteSection } from './site-section';
import { markBoardPostSubject } from './board-post';
import { markRoleListContinuations } from './role-lists';
import { markFieldBlock, markValueUnderEmptyLabel } from './field-block';
import { titleWithThemeBelow } from './title-with-theme';
import { bareTitleUnderLabelledHeadline } from './labelled-headline';
import { findTitleNamedInLead, LEAD_NAMING_TITLE } from './title-named-in-lead';
import { markJammerLines } from './jammer-line';
import { isInterleavedTranslation } from './interleaved-translation';
import { brokenTitleStart, cleanPageTitle, columnOverBreadcrumb, crumbStepsUnderTitle, findTitleIndex, fullerTitleAbove, headingUnderSuffixedTitle, headlineUnderGenreLabel, isByline, isProse, isTitleLike, markAboveTitle, markEnglishTitleTwin, markLeadUnderTitle, namesSpeech, printedTitleUnderEncoded, readOutCaptionUnder, speakerCaptionUnder, speakerLabelUnder, TITLE_WINDOW, TITLE_WITH_BARE_DATE, TITLE_WITH_BYLINE, TITLE_WITH_DATE, TITLE_WITH_SUBTITLE, titleStartBeforeConjunction } from './title';
import { markCategoryUnderTitle, markDuplicateTitles, markPieceHeadings, markRepeatedPageLines } from './title-repeats';
import { markMenuColumn } from './menu-column';
import { markReaderControls } from './reader-controls';
import { findOwnHeaderBelowLead, LEAD_BEFORE_OWN_HEADER } from './own-header-below-lead';
import { markLeadBeforeFullText, markLeadEndingInLabel, markQuoteHeadlineOverLabel, PRESS_HEADLINE, pressHeadlineOverLabel, speechHeadlineAboveCaption, titleUnderFullTextLabel } from './lead-before-full-text';
import { stripTitleDecorations } from './title-decor';
import { findGluedOwnTitle, findGluedPieceLabel, findGluedRepeat, findGluedTitleEnd, findHeadlineBeforeSalutation, findPieceAfterIntro, isTitleBlurb, kindUnderQuotedName, parallelSecondLine, secondLineOfTitle, speakerBeforeTitle, SUBTITLE_DASH } from './title-split';
import { hasSentenceEnd } from './stops';
import type { Analysis, AnalyzeOptions, BlockAnalysis, BlockVerdict, Cut, LineNoise as Noise, Removed, RemovedReason, SourceBlock } from './types';
import { compileUserRules, findUserRuleSpans, type CompiledUserRule } from './user-rules';
import { BrandMatcher, findGluedContact, findWatermarkFragments, isWatermarkLine, learnBrands, mergeSpans, SITE_BRANDS, type Span } from './watermark';

/** How wide the head/tail edges are. */
const HEAD_EDGE = 14;
const TAIL_EDGE = 8;
const SHORT_LINE = 40;
/** How many paragraphs at the top of the body are checked for a repeated lead. */
const REPEATED_LEAD_WINDOW = 6;
/** How many times the lead is read again after copies go (each round takes at least one out). */
const REPEATED_LEAD_ROUNDS = 32;
/**
 * A whole-line rule takes the line only when no speech stands beside the notice it matched:
 * "…要约谈主要负责同志。客服微信：gwyoo2024" and "一、提高认识。客服微信：gwyoo2024 各级各部门
 * 要…。" keep their speech (the peeler cuts the notice).
 */
function takesWholeLine(pattern: RegExp, line: string, isNotice: (segment: string) => boolean): boolean {
  const m = pattern.exec(line);
  return m !== null && lineIsAllNotice(line, m.index, isHeading, isNotice);
}

const isHeading = (text: string) => matchMarker(text)?.family.kind === 'heading';

/** A site's intro is a few sentences; a longer paragraph keeps its prose (the peeler cuts the notice). */
const INTRO_SENTENCES = 3;
function isShortIntro(line: string): boolean {
  return (line.match(/[。！？!?]/g)?.length ?? 0) <= INTRO_SENTENCES;
}

/**
 * A site's intro in the head that closes by announcing what follows ("…你写好演讲稿了吗?下面给大家带来
 * 的是…演讲稿1000字。"): the whole paragraph is the site's, though no salutation marks where the
 * speech begins. Only a forward announcement in the paragraph's last sentence: a speech's closing
 * with "以上就是小编整理的…" glued after it keeps its own sentences.
 */
function announcesWhatFollows(pattern: RegExp, line: string): boolean {
  const m = pattern.exec(line);
  return m !== null && FORWARD_ANNOUNCEMENT.test(m[0]) && !SENTENCE_AFTER.test(line.slice(m.index));
}
const FORWARD_ANNOUNCEMENT = /^(?:希望)?(?:下面|以下)/;
const SENTENCE_AFTER = /[。！？!?][^。！？!?”’」』)）\s]/;

/** What remains of a source stamp once its brand and domain are cut. */
const EMPTY_LABEL = /^[【\[（(]?\s*(?:本文|文章|原文)?(?:来源|出处|转载自|来自|摘自|作者|链接)?\s*[:：]?\s*[】\]）)]?$/;
/** Lines that make a head block a promo block (a copyright line does not). */
const HEAD_BLOCK_REASONS = new Set<RemovedReason>(['promo', 'contact', 'paywall', 'watermark']);
const COPY_TAIL_LABELS = 'watermark.copy-tail-labels';


export function splitTextIntoBlocks(text: string): SourceBlock[] {
  // a string split is several times faster than a regex one, and most texts break lines with \n only
  return (text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n')).map((line) => ({ text: line }));
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  // a text has no page to apply verdicts to: none are made (one object per line less)
  return rememberingLineRuleAnswers(() => analyzeLaidOut(splitTextIntoBlocks(text), options, false)).analysis;
}

const SPEECH_ONLY_RULES = new Set(LINE_RULES.filter((r) => r.speechOnly).map((r) => r.id));

export function analyzeBlocks(blocks: readonly SourceBlock[], options: AnalyzeOptions = {}): BlockAnalysis {
  return rememberingLineRuleAnswers(() => analyzeLaidOut(blocks, options, true));
}

/** `withVerdicts`: the per-block verdicts are wanted (a page to clean); otherwise `verdicts` is empty. */
function analyzeLaidOut(blocks: readonly SourceBlock[], options: AnalyzeOptions, withVerdicts: boolean): BlockAnalysis {
  // The text's own paragraphs first (wraps joined, page numbers and viewer chrome cut); the
  // verdicts on them are handed back to the source blocks.
  const layout = layoutBlocks(blocks);
  if (!layout) return analyzeParagraphs(blocks, options, withVerdicts);
  const result = analyzeParagraphs(layout.blocks, { ...options, preRemoved: [...(options.preRemoved ?? []), ...layout.removed] }, withVerdicts);
  return { analysis: result.analysis, verdicts: withVerdicts ? layout.mapVerdicts(result.verdicts) : [] };
}

function analyzeParagraphs(blocks: readonly SourceBlock[], options: AnalyzeOptions, withVerdicts: boolean): BlockAnalysis {
  const result = analyzeWith(blocks, options, LINE_RULES, withVerdicts);
  // Some lines are noise on a speech and content elsewhere: when the document is no speech,
  // read it again without those rules.
  if (!result.analysis.isSpeech && result.analysis.removed.some((r) => r.rule !== undefined && SPEECH_ONLY_RULES.has(r.rule))) {
    return analyzeWith(blocks, options, ALWAYS_RULES, withVerdicts);
  }
  return result;
}

const ALWAYS_RULES = LINE_RULES.filter((r) => !r.speechOnly);
const ENGLISH_TRANSLATION = 'site-chrome.english-translation';
/** The longest a title under a full-text label runs when it names no genre. */
const HEADLINE_OVER_PROSE = 30;
const EDITOR_NOTE = LINE_RULES.find((r) => r.id === 'meta.editor-note')!.pattern;
const FOLDED_SITE_BRANDS = SITE_BRANDS.map(foldScript);
let siteBrands: BrandMatcher | undefined;
/** Every template site's brands: the matcher of a document that names none of its own. */
const siteBrandMatcher = (): BrandMatcher => (siteBrands ??= new BrandMatcher(FOLDED_SITE_BRANDS));

/** A line this long keeps the offset map its normalization made (see analyzeWith). */
const LONG_LINE = 4000;

function analyzeWith(blocks: readonly SourceBlock[], options: AnalyzeOptions, lineRules: readonly LineRule[], withVerdicts: boolean): BlockAnalysis {
  // Each line as the passes read it: normalized, a converter's pinyin readings out. Strings only:
  // a line's offset map (`view`) is made for the few lines something is cut from.
  // A long line's offset map, once made, is kept: remaking it for a cut is another pass over the
  // whole line (a document whose wraps were joined into one); short lines remake theirs.
  const longMaps = new Map<number, NormalizedText>();
  const normalized = blocks.map((b, i) => {
    if (b.text.length < LONG_LINE) return normalizeText(b.text);
    const n = normalizeWithMap(b.text);
    longMaps.set(i, n);
    return n.text;
  });
  const readings = findPinyinAnnotations(normalized);
  const lines = readings ? normalized.map((text, i) => (readings.has(i) ? removeSpans(text, readings.get(i)!) : text)) : normalized;
  const view = (i: number): PinyinFreeText => cutPinyin(longMaps.get(i) ?? normalizeWithMap(blocks[i]!.text), readings?.get(i));
  // What the rules read: each line folded once to simplified script (same offsets), so a
  // traditional mirror's 講話/來源:/小編 lines meet the same rules; the output keeps `lines`.
  const folded = foldLines(lines);
  const pageTitle = options.pageTitle === undefined ? undefined : removePinyinReadings(options.pageTitle);
  const site = templateSiteOf(options.host);
  const nonBlank = nonBlankLines(lines);
  const headEdge = new Set(nonBlank.slice(0, HEAD_EDGE));
  const tailEdge = new Set(nonBlank.slice(-TAIL_EDGE));
  const edgeLines = [...headEdge, ...tailEdge].map((i) => folded[i]!);
  // Brands are matched on folded lines only, so they are held folded too (巧巧簡歷站 → 巧巧简历站).
  // The host's own brands are among every site's; most documents name no brand of their own, and
  // share one matcher made once.
  const learned = learnBrands(folded, edgeLines);
  const brands = learned.length ? BrandMatcher.of([...learned, ...FOLDED_SITE_BRANDS]) : siteBrandMatcher();
  const userRules = compileUserRules(options.userRules ?? []);
  // The noise rules describe Chinese template sites; on other text only the user's rules (and
  // the silent removal of invisible characters) apply, so an English page keeps its links.
  const chinese = isChineseText(joinedOpening(lines));
  // (a document in two languages keeps its English paragraphs: no database translated it)
  const ownLineRules = chinese && isInterleavedTranslation(lines, nonBlank) ? lineRules.filter((r) => r.id !== ENGLISH_TRANSLATION) : lineRules;
  let dotStops: boolean | undefined;
  const rules: RuleSet = { chinese, brands, userRules, lineRules: ownLineRules, answers: new Map(), fragments: new Map(), glued: new Map(), lostIndents: chinese && hasLostIndents(lines), emojiJammed: chinese && hasEmojiJammer(lines), asciiJammed: chinese && hasAsciiJammer(lines), planted: chinese ? plantedBrandsOf(folded) : undefined, dotStops: () => (dotStops ??= chinese && usesDotStops(lines)) };

  // A site's intro stands in the head, above the speech's first salutation.
  const firstSalutation = firstSalutationLine(nonBlank, lines, folded);
  const zoning = new Zoning(nonBlank, firstSalutation);

  // Pass 1: rules that hold anywhere (or at the edges).
  const noise = new Map<number, Noise>();
  classifyLines(folded, lines, nonBlank, zoning, rules, noise, Infinity, undefined);
  if (chinese) {
    markTablesOfContents(folded, nonBlank, noise);
    markFlattenedContents(folded, nonBlank, noise);
    markTeasers(folded, nonBlank.slice(0, TITLE_WINDOW), noise);
  }
  // a board post's subject line beside the board's header is no candidate for the title either
  if (chinese) markBoardPostSubject(folded, nonBlank, noise);
  // an editor's note in brackets over several lines ("【导语:…" / "…】")
  if (chinese) markBracketedNote(folded, nonBlank, noise);
  // a line of random characters planted among the paragraphs
  if (chinese) markJammerLines(folded, nonBlank, noise);
  if (rules.asciiJammed) markAsciiJammerLines(folded, nonBlank, noise);
  // a reading site's control panel, a control to a line ("朗读", "关灯", "语速:")
  if (chinese) markReaderControls(folded, nonBlank, noise);
  // a site's menu, an item to a line beside its breadcrumb or nav bar
  if (chinese) markMenuColumn(folded, nonBlank, noise);
  // The titles of related articles are no candidates for the title (a part "(上)" over part "(中)").
  // Their heading is a rule of any zone, found in this first pass: the lists are marked once, here.
  markRelatedLists(folded, noise);

  // Title, then the body's start; meta lines and breadcrumbs only count above the body.
  const isPageLine = (i: number) => noise.has(i) || classifyLine(folded[i]!, lines[i]!, zoning.of(i, true), rules) !== undefined;
  if (chinese) markLeadEndingInLabel(folded, nonBlank, noise);
  if (chinese) markQuoteHeadlineOverLabel(folded, nonBlank, noise, namesSpeech);
  // a press page's label ("以下为…在开幕式上的致辞。") with the speech's own title under it: that title
  // (or a short line over the text's first paragraph of prose: "企业家是新时代最可爱的人" under "以下为…演讲文章,现刊发如下")
  // (not the speaker's byline over his first sentence: "…副巡视员 陈伟")
  const headsProse = (i: number) => charLength(folded[i]!) <= HEADLINE_OVER_PROSE && isProse(folded[nonBlank[nonBlank.indexOf(i) + 1] ?? i]!) && !isSalutation(folded[i]!) && !/[﹕︰:：、]/.test(folded[i]!) && !isByline(folded[i]!);
  const underLabel = chinese ? titleUnderFullTextLabel(folded, nonBlank, noise, (i, excerpt) => isTitleLike(folded[i]!) && (namesSpeech(folded[i]!.replace(/\s+/g, '')) || (!excerpt && headsProse(i)))) : undefined;
  // a press lead naming the speech it presents in 《》 over its title: the lead is the page's
  const namedInLead = chinese && underLabel === undefined ? findTitleNamedInLead(folded, lines, nonBlank, noise) : undefined;
  // (and the editor's note it closes, from the note's label down)
  if (namedInLead) for (const i of [...namedInLead.note, namedInLead.lead]) noise.set(i, LEAD_NAMING_TITLE);
  const headingIndex = underLabel ?? namedInLead?.heading ?? titleStartBeforeConjunction(brokenTitleStart(bareTitleUnderLabelledHeadline(titleWithThemeBelow(printedTitleUnderEncoded(headlineUnderGenreLabel(headingUnderSuffixedTitle(findTitleIndex(blocks, folded, nonBlank, noise, pageTitle, isPageLine), folded, nonBlank), folded, nonBlank), folded, nonBlank), folded, nonBlank), folded, nonBlank), folded, nonBlank), folded, nonBlank);
  // a fuller title line above the document's own heading: the heading stays, as printed
  const fullerIndex = fullerTitleAbove(headingIndex, folded, nonBlank, noise);
  // a press headline telling of the speech over the label ("某某出席…开幕式并发表致辞" / "以下是致辞全文:"): the page's,
  // like the lead; the text under the label has no title then, nor does the page's <title> (the same headline) give one
  // (the page's <title> is cleaned only when a label is there and no title line was found)
  const headlineAt = chinese ? pressHeadlineOverLabel(folded, nonBlank, noise, fullerIndex, () => pageTitle && cleanPageTitle(pageTitle, brands)) : false;
  const pressHeadline = headlineAt !== false;
  const headlineLine = pressHeadline ? headlineAt : undefined;
  if (headlineLine !== undefined) noise.set(headlineLine, PRESS_HEADLINE);
  // a speech printed in full under its report: its own header under the lead, which is the page's with the headline over it
  const ownHeader = chinese && !pressHeadline ? findOwnHeaderBelowLead(folded, nonBlank, noise, fullerIndex) : undefined;
  if (ownHeader) {
    for (const i of ownHeader.lead) noise.set(i, LEAD_BEFORE_OWN_HEADER);
    if (fullerIndex !== undefined) noise.set(fullerIndex, PRESS_HEADLINE);
  }
  // (a caption taken as the press headline may stand under the page's headline naming the speech: that one is the title)
  const headlineAbove = headlineLine !== undefined && headlineLine === fullerIndex ? speechHeadlineAboveCaption(folded, nonBlank, headlineLine, namesSpeech, isTitleLike) : undefined;
  const titleIndex = ownHeader ? ownHeader.title : pressHeadline ? headlineAbove : fullerIndex;
  const bodyStart = findBodyStart(folded, nonBlank, noise, titleIndex);
  classifyLines(folded, lines, nonBlank, zoning, rules, noise, bodyStart, titleIndex);
  // the people a ceremony's or press conference's role lists, a byline to a line under it
  if (chinese) markRoleListContinuations(folded, nonBlank, noise);
  if (chinese) markFieldBlock(folded, nonBlank, noise, titleIndex, bodyStart);
  if (chinese) markValueUnderEmptyLabel(folded, nonBlank, noise, bodyStart);
  if (chinese) markHeadPromoBlock(folded, noise, titleIndex ?? bodyStart, titleIndex !== undefined);
  if (chinese) markAppendedArticle(folded, nonBlank, noise, bodyStart);
  if (chinese) markAttachmentLabel(folded, nonBlank, noise);
  // a rights statement's numbered items under its bare label ("版权声明:" / "1.…资料来自互联网…")
  if (chinese) markStatementItems(folded, nonBlank, noise);
  if (chinese) markEncyclopediaTail(folded, nonBlank, noise, bodyStart);
  // (the lines over a press headline are the page's as much as those over a title)
  if (headlineLine !== undefined) markAboveTitle(folded, nonBlank, noise, headlineLine);
  if (chinese && titleIndex !== undefined) {
    markAboveTitle(folded, nonBlank, noise, titleIndex);
    markLeadUnderTitle(folded, nonBlank, noise, titleIndex);
    markEnglishTitleTwin(folded, nonBlank, noise, titleIndex);
    // (a photo's caption naming the speaker the quote headline quotes, or a label of who speaks the title names)
    const caption = speakerCaptionUnder(titleIndex, folded, nonBlank, noise) ?? speakerLabelUnder(titleIndex, folded, nonBlank, noise) ?? readOutCaptionUnder(titleIndex, folded, nonBlank, noise);
    if (caption !== undefined) noise.set(caption, { reason: 'meta', rule: 'meta.press-caption' });
  }
  // a column's name by the breadcrumb is the site's with or without a title under it
  const column = chinese ? columnOverBreadcrumb(folded, nonBlank, noise) : undefined;
  if (column !== undefined && !noise.has(column)) noise.set(column, { reason: 'site-chrome', rule: 'site-chrome.column-name' });
  // …and one of its steps printed again under the title
  if (chinese && titleIndex !== undefined) for (const i of crumbStepsUnderTitle(folded, nonBlank, noise, titleIndex, bodyStart)) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.column-name' });

  // (under a press headline, the lines between it and the label are its report's: the reporter's line, the clicks)
  if (chinese) markLeadBeforeFullText(folded, nonBlank, noise, titleIndex ?? headlineLine);

  // No title line: the page's title, else a viewer's line naming the uploaded file ("…发言.docx").
  const title = titleIndex !== undefined ? lines[titleIndex]! : pressHeadline ? '' : keptTitle(cleanPageTitle(pageTitle ?? uploadedFileName(lines, nonBlank, noise), brands));
  if (chinese) markRepeatedBlock(folded, nonBlank, noise, titleIndex);
  if (chinese) markRepeatedLead(folded, nonBlank, noise, bodyStart, rules);
  if (title && chinese) markDuplicateTitles(folded, nonBlank, noise, titleIndex, bodyStart, foldScript(title));
  // (a reader's copy of the opening glued under the text, from the title on)
  if (title && chinese) markRepeatedOpening(folded, nonBlank, noise, titleIndex, stripTitleDecorations(foldScript(title)).text);
  // (after the title's repeats: a title printed twice under itself is a repeat, not a picture's caption)
  if (chinese && titleIndex !== undefined) markDoubledCaptions(folded, nonBlank, noise, titleIndex);
  if (chinese && titleIndex !== undefined) markPageHeader(folded, nonBlank, noise, titleIndex, bodyStart);
  if (chinese) markNextPieceHeads(folded, nonBlank, noise, firstSalutation);
  if (chinese) markPieceHeadings(folded, nonBlank, noise, titleIndex, foldScript(title));
  if (chinese && titleIndex !== undefined) {
    markRepeatedPageLines(folded, nonBlank, noise, titleIndex, bodyStart);
    if (titleIndex === headingIndex) markCategoryUnderTitle(folded, nonBlank, noise, titleIndex, foldScript(title));
    // a summary box read again with the headers between it and the text gone
    markTeasers(folded, nonBlank.slice(0, TITLE_WINDOW), noise);
  }
  if (chinese) markTailTeasers(folded, nonBlank, noise, bodyStart);
  // readers' comments under the text, below the box that counts them
  if (chinese) markCommentThread(folded, nonBlank, noise, bodyStart);
  if (chinese) markFaqTail(folded, nonBlank, noise, bodyStart);
  if (chinese) markRosterTail(folded, nonBlank, noise, bodyStart);

  // Pass 2: fragments in the blocks that stay.
  const removed: Removed[] = [...(options.preRemoved ?? [])];
  const kept = keepLines({ lines, folded, blocks, readings, view, noise, rules, zoning, title, titleIndex, withVerdicts, removed });
  const { verdicts, paragraphs, firstBody } = kept;
  let { cleanTitle } = kept;
  // The document's own title glued to its text, under the page's title with a qualifier in front.
  const ownTitle = firstBody === -1 ? undefined : removed.find((r) => r.rule === OWN_TITLE_GLUED);
  if (ownTitle) cleanTitle = ownTitle.text;
  // No title line: a title glued to the first paragraph ("…会议上的讲话同志们：…") is the title.
  if (chinese && !cleanTitle && !title && paragraphs.length) {
    const head = foldScript(paragraphs[0]!);
    let end = findGluedTitleEnd(head);
    // a title closed by a full stop (title-split.ts): the stop is the title's, off the title's text
    let titleEnd = end !== undefined && head[end - 1] === '。' ? end - 1 : end;
    if (end === undefined) {
      const label = findGluedPieceLabel(head);
      if (label) {
        ({ titleEnd, bodyStart: end } = label);
        removed.push({ text: paragraphs[0]!.slice(titleEnd, end).trim(), reason: 'site-chrome', rule: 'title.piece-number-glued' });
      } else ({ titleEnd, bodyStart: end } = findHeadlineBeforeSalutation(head) ?? {});
    }
    if (end !== undefined) {
      const glued = paragraphs[0]!.slice(0, titleEnd);
      const stripped = stripTitleDecorations(foldScript(glued));
      for (const d of stripped.decorations) removed.push({ text: glued.slice(d.start, d.end).trim(), reason: 'site-chrome', rule: d.rule });
      cleanTitle = glued.slice(stripped.start, stripped.end);
      paragraphs[0] = paragraphs[0]!.slice(end);
      if (withVerdicts) verdicts[firstBody]!.text = paragraphs[0];
    }
  }

  // A title printed over two lines: the genre alone on the second ("…代表大会" / "开  幕  词"), or
  // the meeting's name broken off after 在 ("…同志在县委班子" / "专题民主生活会上点评时的讲话");
  // the genre letter-spaced again under a title that ends with it ("…主持词" / "主 持 词") adds nothing.
  // A slogan title over two parallel lines right above the salutation: both lines are the title.
  // A quoted event name over the text's kind ("“第五届…大会”" / "新闻发布会文字实录"): one title.
  const secondLine =
    chinese && cleanTitle && firstBody !== -1 && nonBlank.find((j) => j > (titleIndex ?? firstBody)) === firstBody
      ? (secondLineOfTitle(cleanTitle, paragraphs[0]!, namedInLead ? [...linesAbove(lines, nonBlank, titleIndex), namedInLead.named] : linesAbove(lines, nonBlank, titleIndex)) ?? parallelSecondLine(cleanTitle, paragraphs[0]!, paragraphs[1]) ?? kindUnderQuotedName(cleanTitle, paragraphs[0]!))
      : undefined;
  if (secondLine !== undefined) {
    cleanTitle += secondLine;
    paragraphs.shift();
    if (withVerdicts) verdicts[firstBody]!.role = 'title';
  }
  // a title a press lead names: as the lead prints it, the space its line break took kept
  if (namedInLead && compareKey(cleanTitle) === compareKey(namedInLead.named)) cleanTitle = namedInLead.named;

  // A date glued to the title line ("…上的讲话（2023年4月18日）") is front matter, like a date
  // line under the title, and so is a byline with its date ("…上的讲话 (摘要) 省…会长 钱立衡 (2009年4月30日)"):
  // the title is the name alone.
  const bylined = execFolded(compiledPattern(TITLE_WITH_BYLINE), cleanTitle || title);
  if (bylined?.[2]) removed.push({ text: bylined[2], reason: 'site-chrome', rule: 'title.excerpt-tag' });
  const named = bylined ? bylined[1]! : cleanTitle || title;
  const dated = bylined ? null : (execFolded(compiledPattern(TITLE_WITH_DATE), named) ?? execFolded(compiledPattern(TITLE_WITH_BARE_DATE), named));
  if (bylined) paragraphs.unshift(bylined[3]!);
  else if (dated) paragraphs.unshift(dated[2]!);
  const undated = dated ? dated[1]!.trim() : named;
  const subtitled = execFolded(compiledPattern(TITLE_WITH_SUBTITLE), undated);
  if (subtitled) paragraphs.unshift(subtitled[2]!);
  const bareTitle = subtitled ? subtitled[1]!.trim() : undated;
  // a news page's headline names the speaker first ("柯望川 全面贯彻…"), whose byline follows under it,
  // or a school site's its author ("周晓岚:远离毒品,珍爱生命" over "作者:周晓岚(文)")
  const speaker = speakerBeforeTitle(bareTitle, paragraphs, removed);
  if (speaker) removed.push({ text: speaker, reason: 'site-chrome', rule: 'title.speaker-name-prefix' });
  const finalTitle = speaker ? bareTitle.slice(speaker.length).trim() : bareTitle;
  const outline = readOutline(paragraphs);
  // "——在…上的讲话" under a main title says what the document is as well as any title.
  const subtitle = paragraphs[0] && SUBTITLE_DASH.test(paragraphs[0]) ? paragraphs[0] : '';
  const detection = detectSpeech({
    title: foldScript(`${finalTitle} ${subtitle}`.trim()),
    ...(pageTitle && !pressHeadline ? { pageTitle: foldScript(pageTitle) } : {}),
    section: foldScript(siteSection(removed, finalTitle) ?? ''),
    paragraphs: foldLines(paragraphs),
    outlineItems: outline.length,
    knownHost: site !== undefined,
  });
  const meta = extractMeta(removed, options.host);
  const analysis: Analysis = {
    isSpeech: detection.isSpeech,
    confidence: detection.confidence,
    title: finalTitle,
    meta,
    paragraphs,
    // A non-speech page has no speech outline to offer (an article's 一、二、 is not one).
    outline: detection.isSpeech ? outline : [],
    removed,
  };
  return { analysis, verdicts };
}

/** The lines over the title (none without one): where a page's headline may print it whole. */
function linesAbove(lines: readonly string[], nonBlank: readonly number[], titleIndex: number | undefined): string[] {
  if (titleIndex === undefined) return [];
  const above: string[] = [];
  for (const i of nonBlank) {
    if (i >= titleIndex) break;
    above.push(lines[i]!);
  }
  return above;
}

/** The lines with anything in them (every per-line loop stands in a small function of its own:
 * a loop in a long one runs slowly until the whole long function is compiled). */
function nonBlankLines(lines: readonly string[]): number[] {
  // made at its largest size and cut to length: a list grown one push at a time is copied over
  // and over (200,000 lines)
  const nonBlank: number[] = new Array(lines.length);
  let count = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]) nonBlank[count++] = i;
  nonBlank.length = count;
  return nonBlank;
}

/** Where the head and tail edges and the intro end: the zones of a line, as bounds. */
class Zoning {
  private readonly lastHead: number;
  private readonly firstTail: number;

  constructor(
    nonBlank: readonly number[],
    private readonly firstSalutation: number,
  ) {
    // every line asked about is one of nonBlank (two Set look-ups per line, twice, cost more)
    this.lastHead = nonBlank[Math.min(HEAD_EDGE, nonBlank.length) - 1] ?? -1;
    this.firstTail = nonBlank[Math.max(0, nonBlank.length - TAIL_EDGE)] ?? Infinity;
  }

  of(i: number, preamble: boolean): Zones {
    const tail = i >= this.firstTail;
    const head = i <= this.lastHead;
    const edge = tail || head;
    const intro = i < this.firstSalutation && head;
    return ZONE.any | (edge ? ZONE.edge : 0) | (tail ? ZONE.tail : 0) | (preamble ? ZONE.preamble : 0) | (intro ? ZONE.intro : 0) | (head && this.firstSalutation === -1 ? HEAD_WITHOUT_SALUTATION : 0);
  }
}

/**
 * Whole-line noise by rule. `bodyStart` Infinity: every line, in its zones (pass 1); otherwise
 * the lines above the body not yet taken, but the title, read as preamble.
 */
function classifyLines(
  folded: readonly string[],
  lines: readonly string[],
  nonBlank: readonly number[],
  zoning: Zoning,
  rules: RuleSet,
  noise: Map<number, Noise>,
  bodyStart: number,
  titleIndex: number | undefined,
): void {
  const preamble = bodyStart !== Infinity;
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (i >= bodyStart) break; // nonBlank is in order
    if (preamble && (noise.has(i) || i === titleIndex)) continue;
    const hit = classifyLine(folded[i]!, lines[i]!, zoning.of(i, preamble), rules);
    if (hit) noise.set(i, hit);
  }
}

interface KeptLines {
  verdicts: BlockVerdict[];
  paragraphs: string[];
  cleanTitle: string;
  firstBody: number;
}

/** Pass 2: the lines that stay, their glued fragments cut; the verdicts when asked for. */
function keepLines(a: {
  lines: readonly string[];
  folded: readonly string[];
  blocks: readonly SourceBlock[];
  readings: ReadonlyMap<number, unknown> | undefined;
  view: (i: number) => PinyinFreeText;
  noise: ReadonlyMap<number, Noise>;
  rules: RuleSet;
  zoning: Zoning;
  title: string;
  titleIndex: number | undefined;
  withVerdicts: boolean;
  removed: Removed[];
}): KeptLines {
  const { lines, folded, noise, titleIndex, withVerdicts, removed } = a;
  // one verdict per line, at most one paragraph per line: lists of that size, trimmed at the end
  // (grown a push at a time, a list of 200,000 is copied over and over)
  const verdicts: BlockVerdict[] = withVerdicts ? new Array(lines.length) : [];
  const paragraphs: string[] = new Array(lines.length);
  let paragraphCount = 0;
  let cleanTitle = '';
  let firstBody = -1;
  // the title as a repeat of it is compared, and as the site's keyword, read once for every block
  const titleText = a.rules.chinese && a.title ? stripTitleDecorations(foldScript(a.title)).text : '';
  const keyword = keywordOfTitle(titleText);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const hit = noise.get(i);
    if (!text) {
      if (withVerdicts) verdicts[i] = { role: 'blank', cuts: [], text: '' };
      continue;
    }
    if (hit) {
      removed.push({ text, reason: hit.reason, rule: hit.rule });
      if (withVerdicts) verdicts[i] = { role: 'noise', reason: hit.reason, cuts: [], text: '' };
      continue;
    }
    const extra = a.rules.chinese ? titleSpans(folded[i]!, i, titleText, keyword, titleIndex, firstBody === -1) : NO_FINDS;
    const verdict = cutFragments(i, text, a.readings?.has(i) === true, a.view, folded[i]!, a.blocks[i]!.text, a.rules, a.zoning.of(i, false), removed, extra);
    const role = i === titleIndex ? 'title' : verdict ? verdict.role : 'body';
    const kept = verdict ? verdict.text : text;
    if (role === 'title') cleanTitle = kept;
    else if (role === 'body') {
      if (firstBody === -1) firstBody = i;
      paragraphs[paragraphCount++] = kept;
    }
    if (verdict) verdict.role = role;
    if (withVerdicts) verdicts[i] = verdict ?? { role, cuts: [], text };
  }
  paragraphs.length = paragraphCount;
  return { verdicts, paragraphs, cleanTitle, firstBody };
}

/** Words every salutation holds one of: a line with none is not read for a glued one. */
const SALUTATION_WORDS = ['尊敬', '敬爱', '亲爱', '各位', '同志', '老师', '同学', '朋友', '领导', '来宾', '嘉宾', '代表', '女士', '全体'];
function mayHoldSalutation(line: string): boolean {
  return SALUTATION_WORDS.some((w) => line.includes(w));
}

/**
 * The first salutation; a head line that holds one after a glued title ("先进单位发言稿1尊敬的…")
 * counts, unless the site's 小编 speaks in it (a summary line: the site's intro, not the speech).
 */
function firstSalutationLine(nonBlank: readonly number[], lines: readonly string[], folded: readonly string[]): number {
  // A speech that opens with its greeting alone ("大家下午好!") has no salutation: the greeting stands in for it.
  const plain = nonBlank.find((i) => isSalutation(lines[i]!)) ?? nonBlank.slice(0, HEAD_EDGE).find((i) => GREETING_LINE.test(folded[i]!)) ?? -1;
  const glued = nonBlank
    .slice(0, HEAD_EDGE)
    .find((i) => (plain === -1 || i < plain) && mayHoldSalutation(folded[i]!) && !folded[i]!.includes('小编') && findGluedTitleEnd(folded[i]!) !== undefined);
  return glued ?? plain;
}

/** The zones a line stands in, one bit each (`any` always set). */
type Zones = number;
const ZONE: Record<Zone, number> = { any: 1, preamble: 2, edge: 4, tail: 8, intro: 16 };
const inZone = (zones: Zones, zone: Zone): boolean => (zones & ZONE[zone]) !== 0;
/** The head edge of a text with no salutation to mark where the speech begins (read by `announcesWhatFollows`). */
const HEAD_WITHOUT_SALUTATION = 32;

interface RuleSet {
  chinese: boolean;
  brands: BrandMatcher;
  lineRules: readonly LineRule[];
  userRules: readonly CompiledUserRule[];
  /** what the built-in rules said of a text, by the zones it stood in: the same line and its
   * segments are asked about by every pass and again by the fragment cutter */
  answers: Map<Zones, Map<string, Noise | null>>;
  /** the glued watermarks found in a text: the repeated-lead check and the fragment cutter read the same lines */
  fragments: Map<string, Span[]>;
  /** the glued noise found in a text, by the zones it stood in (see gluedNoise) */
  glued: Map<Zones, Map<string, readonly Found[]>>;
  /** the page's lines open with indents its encoding turned into "?" (glued-debris.ts) */
  lostIndents: boolean;
  /** a spam mirror planted runs of emoji inside the page's text (emoji-jammer.ts) */
  emojiJammed: boolean;
  /** the document ends its sentences with ASCII dots (glued-debris.ts), asked only where a dot between words is found */
  dotStops: () => boolean;
  /** a forum's jammer planted runs of ASCII scraps at its lines' edges (ascii-jammer.ts) */
  asciiJammed: boolean;
  /** the betting brands a hijacker planted all over the page (planted-brand.ts) */
  planted: RegExp | undefined;
}

function watermarkFragments(text: string, rules: RuleSet): Span[] {
  let spans = rules.fragments.get(text);
  if (!spans) rules.fragments.set(text, (spans = findWatermarkFragments(text, rules.brands)));
  return spans;
}

/** `line` folded for the built-in rules; the user's own rules read the page's script and the folded one. */
function classifyLine(line: string, original: string, zones: Zones, rules: RuleSet): Noise | undefined {
  const builtIn = classifyByBuiltInRules(line, zones, rules);
  if (builtIn) return builtIn;
  if (!rules.userRules.length) return undefined;
  const user = rules.userRules.find((r) => r.matchesWhole(original) || (line !== original && r.matchesWhole(line)));
  return user ? { reason: 'user-rule', rule: `user:${user.source}` } : undefined;
}

/** The line rules and watermark lines, which describe Chinese template text only. */
function classifyByBuiltInRules(line: string, zones: Zones, rules: RuleSet): Noise | undefined {
  // A line twice as long as the longest rule allows cannot match any (UTF-16 ≥ code points).
  if (!rules.chinese || line.length > 2 * LONGEST_RULE) return undefined;
  let known = rules.answers.get(zones);
  if (!known) rules.answers.set(zones, (known = new Map()));
  const answer = known.get(line);
  if (answer !== undefined) return answer ?? undefined;
  const noise = readByBuiltInRules(line, zones, rules) ?? readUnbulleted(line, zones, rules);
  known.set(line, noise ?? null);
  return noise;
}

/** A list bullet before a site's line ("- 作者: 网络投稿", "• 2025年03月26日 07:11:44"). */
const BULLET = /^[-–•·*]\s+(?=\S)/;

/** What a bullet begins with (a look at the first code before the regex: this is asked of every line). */
const BULLET_CODES = new Set([...'-–•·*'].map((c) => c.charCodeAt(0)));

/** The line read again without its list bullet: a bullet makes no line the speech's. */
function readUnbulleted(line: string, zones: Zones, rules: RuleSet): Noise | undefined {
  if (!BULLET_CODES.has(line.charCodeAt(0))) return undefined;
  const bullet = BULLET.exec(line);
  return bullet ? readByBuiltInRules(line.slice(bullet[0].length), zones, rules) : undefined;
}

// One verdict object per rule, shared by the lines it takes (a page of 30,000 watermark lines
// holds one, not 30,000: nothing changes a verdict once made).
const WATERMARK_LINE: Noise = { reason: 'watermark', rule: 'watermark.line' };
const RULE_NOISE = new Map<LineRule, Noise>();
function noiseOfRule(r: LineRule): Noise {
  let noise = RULE_NOISE.get(r);
  if (!noise) RULE_NOISE.set(r, (noise = { reason: r.reason, rule: r.id }));
  return noise;
}

function readByBuiltInRules(line: string, zones: Zones, rules: RuleSet): Noise | undefined {
  const { brands, lineRules } = rules;
  // One pass of the union of every rule rejects most lines at once.
  if (mayMatchLineRule(line)) {
    const length = charLength(line);
    const isNotice = (segment: string) => classifyByBuiltInRules(segment, zones, rules) !== undefined;
    const intro = inZone(zones, 'intro') && isShortIntro(line);
    const mayMatch = lineRulesMayMatch(line); // a rule without the characters it needs is not compiled or run
    for (const r of lineRules) {
      if (length > r.maxLength || !inZone(zones, r.zone) || !mayMatchRule(mayMatch, r)) continue;
      const pattern = compiledPattern(r.pattern); // each is asked again (other zones, segments): machine-code.ts
      if (r.wholeParagraph && intro) {
        if (pattern.test(line)) return noiseOfRule(r);
        continue;
      }
      if (r.wholeParagraph && (zones & HEAD_WITHOUT_SALUTATION) !== 0 && announcesWhatFollows(pattern, line)) return noiseOfRule(r);
      if (r.labelledParagraph && inZone(zones, 'preamble') && pattern.test(line)) return noiseOfRule(r);
      if (takesWholeLine(pattern, line, isNotice)) return noiseOfRule(r);
    }
    // A rule matched but speech seemed to stand beside its notice: the line is still the site's
    // when every one of its segments is a notice ("版权声明：…。如有侵权请联系删除。").
    const peeled = peelNotices(line, (segment) => classifyByBuiltInRules(segment, zones, rules));
    if (peeled.all) return peeled.spans[0]!.noise;
  }
  return isWatermarkLine(line, brands) ? WATERMARK_LINE : undefined;
}

/** The lines joined as far as isChineseText reads (a long document joined whole was a copy of all of it). */
function joinedOpening(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text.length >= CHINESE_SAMPLE) break;
    text += line;
  }
  return text;
}

/** How many short lines a speech's front matter holds between its title and its salutation. */
const FRONT_MATTER_REACH = 4;

/** A salutation within `reach` lines under line j, only short lines with no sentence end between. */
function salutationWithin(lines: readonly string[], j: number, reach: number): boolean {
  let seen = 0;
  for (let k = j + 1; k < lines.length && seen <= reach; k++) {
    const line = lines[k]!.trim();
    if (!line) continue;
    if (isSalutation(line)) return true;
    if (charLength(line) > SHORT_LINE || /[。！？!?]/.test(line)) return false;
    seen++;
  }
  return false;
}

/** Whether the next line with text after `j` is a salutation. */
function nextLineIsSalutation(lines: readonly string[], j: number): boolean {
  for (let k = j + 1; k < lines.length; k++) if (lines[k]) return isSalutation(lines[k]!);
  return false;
}

/** The first block of the body proper: a salutation, a prose paragraph or a numbered point. */
function findBodyStart(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>, titleIndex: number | undefined): number {
  const from = titleIndex ?? -1;
  // an editor's note under the title tells of the speech ("按:…邓立明出席并讲话,…"): the body starts after it
  const start = nonBlank.find((i) => i > from && !noise.has(i) && isProse(lines[i]!) && !compiledPattern(EDITOR_NOTE).test(lines[i]!));
  return start ?? (titleIndex !== undefined ? titleIndex + 1 : 0);
}

/** A line that turns to the audience and ends as a salutation does, whatever its words. */
const SALUTATION_SHAPE = /* @__PURE__ */ new RegExp(`^${AUDIENCE}[^。！？!?]{0,60}[，,：:]$`);
/** The audience greeted on a line of its own ("各位同事早上好!", "各位领导大家好!"): the speech's opening. */
const GREETED_AUDIENCE = /* @__PURE__ */ new RegExp(`^${AUDIENCE}[^。！？!?:：]{0,30}(?:早上|上午|中午|下午|晚上|大家)?好[!！。]?$`);

/**
 * Subscription packs open with a promo block: short lines between blank lines, one of them an
 * unmistakable promo or contact line. The block's other short lines (slogans, the reseller's
 * name) go with it. Only above the title, so no speech line is at stake; when no title was
 * found, a line naming a spoken genre may be it and stays.
 */
function markHeadPromoBlock(lines: readonly string[], noise: Map<number, Noise>, headEnd: number, titleFound: boolean): void {
  let group: number[] = [];
  const flush = () => {
    // (a labelled source or author line is the meta under a headline, no promo: "来源: 商业品牌网 · 作者: 贵州茶香")
    const strong = group.some((i) => HEAD_BLOCK_REASONS.has(noise.get(i)?.reason as RemovedReason) && noise.get(i)!.rule !== COPY_TAIL_LABELS);
    const wordy = group.filter((i) => PROMO_WORDS.test(lines[i]!)).length >= 2;
    if (strong || wordy) {
      for (const i of group) {
        if (noise.has(i) || charLength(lines[i]!) > SHORT_LINE || /[。]/.test(lines[i]!)) continue;
        if (!titleFound && SPEECH_TITLE.test(lines[i]!)) continue;
        // (nor the speech's salutation, whatever it names: "同志们、朋友们,“观沧海”微信公众号的广大“粉丝”们,")
        if (compiledPattern(SALUTATION_SHAPE).test(lines[i]!.trim()) || GREETED_AUDIENCE.test(lines[i]!.trim())) continue;
        noise.set(i, { reason: 'promo', rule: 'promo.head-block' });
      }
    }
    group = [];
  };
  for (let i = 0; i < headEnd && i < lines.length; i++) {
    if (lines[i]) group.push(i);
    else flush();
  }
  flush();
}

/**
 * "相关推荐" / "看了…的人还看了：" heads a list of other articles' titles: short lines with no
 * sentence end. They go with their heading, up to the first line of prose.
 */
function markRelatedLists(lines: readonly string[], noise: Map<number, Noise>): void {
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED_LIST_RULES.has(noise.get(i)?.rule ?? '')) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      // the box printed empty ("• 暂无资讯"): the list ends there
      if (noise.get(j)?.rule === 'site-chrome.empty-box') break;
      if (!line || noise.has(j)) continue;
      // (an item's own title may ask a question: "…适合上小学几年级的孩子?24-04-26", its date after it)
      if (charLength(line) > SHORT_LINE || (/[。！？!?；;：:]/.test(line) && !LISTED_DATE.test(line)) || isSalutation(line)) break;
      // the line right over a salutation is the speech's own title: the list ended before it; so
      // does a line naming a speech with only a few short lines (its date, occasion, byline) under it
      // before the salutation ("…起步禮致辭全文" / "二零零四年四月十八日(星期日)" / "…局長…致辭全文" / "…各位家長:")
      if (nextLineIsSalutation(lines, j) || (namesSpeech(line) && isTitleLike(line) && salutationWithin(lines, j, FRONT_MATTER_REACH))) break;
      noise.set(j, { reason: 'site-chrome', rule: 'site-chrome.related-list' });
    }
  }
}

/** The date a list prints after each item's title: "…24-04-26", "…2024-04-26". */
const LISTED_DATE = /[^\d\s](?:\d{2}|\d{4})-\d{1,2}-\d{1,2}$/;

const REPEATED_BLOCK: Noise = { reason: 'site-chrome', rule: 'site-chrome.repeated-block' };

/**
 * The article printed twice in a row: the second copy of the block goes (before the repeated
 * lead is looked for, which would take the first copies of the long lines and leave the short
 * ones out of order). The title printed again between the copies is no part of either.
 */
function markRepeatedBlock(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number | undefined): void {
  const title = titleIndex === undefined ? undefined : lines[titleIndex];
  const stays = (i: number): boolean => !noise.has(i) && i !== titleIndex && lines[i] !== title;
  // every line stays (no blank line, no title, nothing taken yet): the lines are compared as they are
  if (nonBlank.length === lines.length && noise.size === 0 && titleIndex === undefined) {
    for (const at of findRepeatedBlocks(lines)) noise.set(at, REPEATED_BLOCK);
    return;
  }
  // lists made once at their largest size, in one pass (a document can have 200,000 lines)
  const kept = new Int32Array(nonBlank.length);
  const keptLines: string[] = new Array(nonBlank.length);
  let count = 0;
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (stays(i)) (kept[count] = i), (keptLines[count++] = lines[i]!);
  }
  keptLines.length = count;
  for (const at of findRepeatedBlocks(keptLines)) noise.set(kept[at]!, REPEATED_BLOCK);
}

/** A line printed again in the lines under it is a copy when it is at least this long. */
const MIN_REPEATED_LEAD = 20;

/**
 * Sites put the opening paragraph in a summary box right above the article, so the lead comes
 * twice. The first copy goes (the box); the speech keeps the second. The window counts the
 * lines that stay, and a copy below it counts too: a line printed three times below a short
 * speech loses every copy but the last at once. What goes can bring two copies of another line
 * within reach of each other ("A B B B A B": the B's go, then A sits over A), so the lines that
 * stay are read again until nothing more goes: cleaning twice finds nothing new.
 */
function markRepeatedLead(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, bodyStart: number, rules: RuleSet): void {
  // The lines that stay, read from the document only as far as the window reaches (the rest of a
  // long document is never looked at; no line read later was a copy, so it still stays).
  let body: number[] = [];
  let read = 0;
  const has = (at: number): boolean => {
    while (body.length <= at && read < nonBlank.length) {
      const i = nonBlank[read++]!;
      if (i >= bodyStart && !noise.has(i)) body.push(i);
    }
    return at < body.length;
  };
  // Two lines read the same once their glued watermarks are cut, long enough to be a copy
  // (compared unit by unit: most pairs differ at their first character, and no key is built).
  const sameLead = (a: number, b: number): boolean =>
    sharedKeyLength(lines[a]!, watermarkFragments(lines[a]!, rules), lines[b]!, watermarkFragments(lines[b]!, rules)) >= MIN_REPEATED_LEAD;
  // Each round takes at least one line out of the window's reach; the bound is only a guard.
  for (let round = 0; round < REPEATED_LEAD_ROUNDS; round++) {
    const copies = new Set<number>();
    for (let at = 0, kept = 0; kept < REPEATED_LEAD_WINDOW && has(at); at++) {
      let repeated = false;
      for (let next = at + 1; next < at + 4 && !repeated && has(next); next++) repeated = sameLead(body[at]!, body[next]!);
      // a numbered point is the speech's own, though its words come again under the next heading
      if (repeated && !isHeading(lines[body[at]!]!.trim())) copies.add(body[at]!);
      else kept++;
    }
    if (copies.size === 0) return;
    for (const line of copies) noise.set(line, { reason: 'site-chrome', rule: 'site-chrome.repeated-lead' });
    body = body.filter((line) => !copies.has(line));
  }
}

type Found = Span & { reason: RemovedReason; rule: string };

/** The name of the file a document viewer shows, its line already cut as the viewer's. */
function uploadedFileName(lines: readonly string[], nonBlank: readonly number[], noise: ReadonlyMap<number, Noise>): string {
  const i = nonBlank.slice(0, TITLE_WINDOW).find((j) => noise.get(j)?.rule === FILE_NAME_RULE);
  return i === undefined ? '' : lines[i]!;
}

/** A title as printed, its decorations off (read in simplified script, kept in its own). */
function keptTitle(title: string): string {
  const { start, end } = stripTitleDecorations(foldScript(title));
  return title.slice(start, end);
}

/**
 * What the title's own block loses (collection tags, piece numbers: "…讲话稿 篇1"), and, in the
 * first body block, a repeat of the title glued to its first sentence. `text` is the block as the
 * rules read it (folded), which has the same offsets as the block's text.
 */
function titleSpans(text: string, i: number, key: string, keyword: string, titleIndex: number | undefined, firstBody: boolean): readonly Found[] {
  if (i === titleIndex) {
    return stripTitleDecorations(text).decorations.map((d) => ({ start: d.start, end: d.end, reason: 'site-chrome', rule: d.rule }));
  }
  if (!key) return NO_FINDS;
  const keywords = keyword && text.includes(keyword) ? findTitleKeywords(text, keyword) : NO_FINDS;
  if (!firstBody) return keywords;
  const titleWord = trailingTitleWord(text, key);
  if (titleWord) return [titleWord, ...keywords];
  if (isTitleBlurb(text, key)) return [{ start: 0, end: text.length, reason: 'promo', rule: 'promo.title-blurb' }];
  const tail = trailingRepeat(text, key);
  if (tail) return [tail, ...titleSpans(text.slice(0, tail.start), i, key, keyword, titleIndex, firstBody)];
  const end = findGluedRepeat(text, key);
  if (end !== undefined) return [{ start: 0, end, reason: 'duplicate-title', rule: 'duplicate-title.glued' }, ...keywords];
  const own = findGluedOwnTitle(text, key);
  if (own !== undefined) return [{ start: 0, end: own, reason: 'duplicate-title', rule: OWN_TITLE_GLUED }, ...keywords];
  // the site's intro and the first piece's heading run into its salutation on one line
  const piece = findPieceAfterIntro(text, key);
  return piece !== undefined ? [{ start: 0, end: piece, reason: 'promo', rule: 'promo.intro-before-piece' }, ...keywords] : keywords;
}

/** The shortest title whose repeat after the first paragraph's last sentence is cut. */
const MIN_TRAILING_REPEAT = 8;
/** A sentence end, then at most a tag the template leaked, before the repeat. */
const BEFORE_TRAILING_REPEAT = /[。！？!?](?:\s{0,2}<\/?[a-z][a-z0-9]{0,9}>)?\s{0,2}$/i;

/**
 * The title printed again after the first paragraph's last sentence ("…提供有力支撑。</p>在全市…会议上
 * 的讲话": the next page block's head, its line break lost): no sentence ends in a title.
 */
function trailingRepeat(text: string, key: string): Found | undefined {
  if (charLength(key) < MIN_TRAILING_REPEAT || !text.endsWith(key)) return undefined;
  const start = text.length - key.length;
  return BEFORE_TRAILING_REPEAT.test(text.slice(Math.max(0, start - 16), start)) ? { start, end: text.length, reason: 'duplicate-title', rule: 'duplicate-title.trailing' } : undefined;
}

/** A Latin or numeric word of the title glued after the first paragraph's last sentence (title "关于315的话":
 * "…这个话题。315"): a site's keyword tag; no sentence ends with a fragment after its stop. (Not a Chinese
 * word: a page cut short ends with the first words of a sentence it cut, "…满格。启动仪式".) */
const AFTER_LAST_STOP = /[。！？!?]\s{0,2}([A-Za-z0-9]{2,8})\s*$/;
function trailingTitleWord(text: string, key: string): Found | undefined {
  const m = AFTER_LAST_STOP.exec(text);
  if (!m || m[1]!.length >= key.length || !key.includes(m[1]!)) return undefined;
  return { start: m.index + 1, end: text.length, reason: 'watermark', rule: 'watermark.title-keyword' };
}

/** A title that names its genre at the end, as sites use it for a keyword ("…闭幕式解说词"). */
const GENRE_NAMED_AT_END = /(?:讲话|致辞|发言|演讲|讲稿|解说词|主持词|开幕词|闭幕词|欢迎词|欢送词|贺词|串词|党课)稿?$/;
const MIN_KEYWORD = 6;

/** The title as sites use it for a keyword (范文 dropped), or '' when it names no genre at the end. */
function keywordOfTitle(key: string): string {
  const core = key.replace(/(?:范文|範文)$/, '');
  return charLength(core) >= MIN_KEYWORD && GENRE_NAMED_AT_END.test(core) ? core : '';
}

/**
 * The title, as the site's keyword, glued into the text where no sentence holds it: after a comma
 * in place of the full stop (",春季校园运动会闭幕式解说词。") or in 《》 ("致辞《…解说词》。"). Only a
 * title that names its genre at the end: a speech quotes its topic in 《》, not its own document's
 * name. The caller looks for the keyword as a literal first (speed).
 */
function findTitleKeywords(text: string, core: string): readonly Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf(core); at !== -1; at = text.indexOf(core, at + core.length)) {
    const before = text[at - 1];
    const after = text[at + core.length];
    if ((before === ',' || before === '，') && after === '。') found.push({ start: at - 1, end: at + core.length, reason: 'watermark', rule: 'watermark.title-keyword' });
    else if (before === '《' && after === '》') found.push({ start: at - 1, end: at + core.length + 1, reason: 'watermark', rule: 'watermark.title-keyword' });
  }
  return found.length ? found : NO_FINDS;
}

/** What most blocks hold: nothing to cut (shared, never written to). */
const NO_FINDS: readonly Found[] = Object.freeze([]);

/** The document's own title glued to its text under the page's longer title: it is the title. */
const OWN_TITLE_GLUED = 'title.own-title-glued';

/** Cuts glued watermarks and user-rule matches out of one kept block (`folded`: its text as the rules read it). */
/** How many times the text left by the cuts is read again. */
const REREAD_ROUNDS = 2;
/** A source label whose source was cut ("【本文来源：】"). */
const EMPTY_LABEL_ANYWHERE = /[【\[（(]\s{0,3}(?:本文|文章|原文)?(?:来源|出处|转载自|来自|摘自|链接)[\s:：]{0,6}[】\]）)]/g;

/** The words an empty source stamp holds (EMPTY_LABEL_ANYWHERE). */
const SOURCE_WORDS = ['来源', '出处', '载自', '来自', '摘自', '链接'];

/**
 * Noise glued into a paragraph, by the built-in rules. What the finders answer depends on the
 * text and its zones alone, so a text met again (a heading or a bare marker repeated down a long
 * document, a refrain, the same text left after a cut) is looked up, not searched again.
 */
function gluedNoise(folded: string, rules: RuleSet, zones: Zones): readonly Found[] {
  let known = rules.glued.get(zones);
  if (!known) rules.glued.set(zones, (known = new Map()));
  let found = known.get(folded);
  if (!found) known.set(folded, (found = findGluedNoise(folded, rules, zones)));
  return found;
}

/** Noise glued into a paragraph, by the built-in rules: notices, brands, contacts, debris. */
function findGluedNoise(folded: string, rules: RuleSet, zones: Zones): Found[] {
  const found: Found[] = [];
  const anywhere = mayMatchLineRule(folded);
  for (const s of peelNotices(folded, (segment) => classifyByBuiltInRules(segment, zones, rules), anywhere, true).spans) found.push({ start: s.start, end: s.end, ...s.noise });
  for (const s of watermarkFragments(folded, rules)) found.push({ start: s.start, end: s.end, reason: 'watermark', rule: 'watermark.fragment' });
  for (const s of findGluedContact(folded)) found.push({ start: s.start, end: s.end, reason: 'contact', rule: 'contact.glued' });
  found.push(...findGluedSiteNotices(folded), ...findAntiCopyMarks(folded, rules.dotStops));
  found.push(...findLostIndents(folded, rules.lostIndents));
  if (rules.emojiJammed) found.push(...findEmojiJammer(folded));
  if (rules.asciiJammed) found.push(...findAsciiJammer(folded));
  if (rules.planted) found.push(...findPlantedBrands(folded, rules.planted));
  // a source stamp the site left empty ("…重大决策,(来自)为…"); the words are looked for first (speed)
  if (SOURCE_WORDS.some((w) => folded.includes(w))) found.push(...findEmptyLabels(folded));
  return found;
}

/**
 * The last words of a notice that the cuts left closing the paragraph ("…。加V：bgz_cailiao
 * 领取全套……(未完…)" leaves "领取全套"): read with the cut before them, the rules call them a
 * notice. Left behind they would read as a wrapped line joined to the next paragraph.
 */
function noticeResidue(folded: string, cuts: readonly Span[], rest: KeptText, classify: (text: string) => Noise | undefined): Found | undefined {
  const segments = segmentsOf(rest.text);
  const last = segments[segments.length - 1];
  if (!last || segments.length < 2 || hasSentenceEnd(last.text)) return undefined;
  const span = rest.original(last);
  const before = cuts.findLast((c) => c.end <= span.start);
  if (!before || folded.slice(before.end, span.start).trim()) return undefined;
  const noise = classify(folded.slice(before.start, span.end).trim());
  return noise && { ...span, ...noise };
}

function findEmptyLabels(text: string): Found[] {
  return allMatches(EMPTY_LABEL_ANYWHERE, text).map((m) => ({ start: m.index, end: m.index + m[0].length, reason: 'watermark' as const, rule: 'watermark.source-stamp' }));
}

/** The text a paragraph's cuts leave, and where a span of it lies in the paragraph. */
interface KeptText {
  text: string;
  original: (span: Span) => Span;
}

/** The cuts of `found` merged, and the text they leave. */
function readAfterCuts(folded: string, found: Found[]): { cuts: Span[]; rest: KeptText } {
  const cuts = mergeSpans(found);
  return { cuts, rest: keptText(folded, cuts) };
}

/** The text without `cuts` (sorted, apart), and where a span of it lies in the text. */
function keptText(text: string, cuts: readonly Span[]): KeptText {
  // each kept piece: where it starts in the text (froms) and in what is kept (ats), in order
  const froms: number[] = [];
  const ats: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  for (const cut of [...cuts, { start: text.length, end: text.length }]) {
    if (cut.start > from) {
      froms.push(from);
      ats.push(length);
      parts.push(text.slice(from, cut.start));
      length += cut.start - from;
    }
    from = cut.end;
  }
  // the piece an offset falls in, by halving (a paragraph with a cut in each of 8,000 joined
  // blocks has 8,000 pieces, and each find the re-read makes is mapped back)
  const originalOf = (offset: number): number => {
    const piece = lastAtMost(ats, offset);
    return froms[piece]! + offset - ats[piece]!;
  };
  return { text: parts.join(''), original: (span) => ({ start: originalOf(span.start), end: originalOf(span.end - 1) + 1 }) };
}

/**
 * `text`: line `i` as the passes read it; `view(i)` the same with its offsets into the raw block
 * (made only when something is cut); `hasReadings`: the line lost a converter's pinyin readings.
 * Undefined when nothing is cut: the line stays as it is (most lines: no verdict object made).
 */
function cutFragments(
  i: number,
  text: string,
  hasReadings: boolean,
  view: (i: number) => PinyinFreeText,
  folded: string,
  raw: string,
  rules: RuleSet,
  zones: Zones,
  removed: Removed[],
  extra: readonly Found[] = NO_FINDS,
): BlockVerdict | undefined {
  const { chinese, userRules } = rules;
  const glued = chinese ? gluedNoise(folded, rules, zones) : NO_FINDS;
  // most blocks: nothing glued in, no user rule to look for
  if (!extra.length && !glued.length && !userRules.length) return hasReadings ? { role: 'body', cuts: pinyinCuts(view(i), removed), text } : undefined;
  const found: Found[] = [...extra];
  if (chinese) {
    found.push(...glued);
    // What a cut lays bare (a notice behind a brand: "公文汇 www.gongwenhui.com展开剩余78%", the
    // label a stamp hung on: "【本文来源：】") is read again, so that cleaning twice finds nothing new.
    // the cuts as found so far and the text they leave, read again after each find (the residue
    // check reads the last of them: a paragraph of 8,000 joined blocks is not rebuilt for it)
    let reading = found.length ? readAfterCuts(folded, found) : undefined;
    for (let round = 0; reading && round < REREAD_ROUNDS; round++) {
      const { rest } = reading;
      const labels = findEmptyLabels(rest.text).map((s) => ({ ...s, ...rest.original(s) }));
      if (labels.length) {
        found.push(...labels);
        reading = readAfterCuts(folded, found);
      }
      const after = reading.rest;
      const more = gluedNoise(after.text, rules, zones).map((s) => ({ ...s, ...after.original(s) }));
      if (!more.length && !labels.length) break;
      found.push(...more);
      reading = readAfterCuts(folded, found);
    }
    const residue = reading ? noticeResidue(folded, reading.cuts, reading.rest, (text) => classifyByBuiltInRules(text, zones, rules)) : undefined;
    if (residue) found.push(residue);
  }
  // A user's rule may be written in either script: it is looked for in the page's text and the folded one.
  const userSpans = userRules.length ? findUserRuleSpans(text, userRules) : [];
  if (folded !== text && userRules.length) userSpans.push(...findUserRuleSpans(folded, userRules));
  for (const s of userSpans) found.push({ start: s.start, end: s.end, reason: 'user-rule', rule: `user:${s.source}` });
  if (!found.length) return hasReadings ? { role: 'body', cuts: pinyinCuts(view(i), removed), text } : undefined;
  const n = view(i);
  // Overlapping finds merge into one cut; the find that opens it names the reason.
  const byStart = [...found].sort((a, b) => a.start - b.start);
  let next = 0;
  const merged = mergeSpans(found).map((span) => {
    while (byStart[next]!.start < span.start) next++;
    const opener = byStart[next]!;
    return { ...span, reason: opener.reason, rule: opener.rule };
  });
  const cuts: Cut[] = pinyinCuts(n, removed);
  for (const span of merged) {
    removed.push({ text: n.text.slice(span.start, span.end).trim(), reason: span.reason, rule: span.rule });
    cuts.push({ start: n.rawIndexOf(span.start), end: span.end < n.text.length ? n.rawIndexOf(span.end) : raw.length, reason: span.reason });
  }
  const kept = normalizeText(removeSpans(n.text, merged));
  // Nothing left but the label the fragment hung on ("【本文来源：】"): the block was all stamp.
  if (!kept || EMPTY_LABEL.test(kept)) return { role: 'noise', reason: merged[0]!.reason, cuts, text: '' };
  return { role: 'body', cuts, text: kept };
}

/** The converter's pinyin readings are already out of n.text; the page's text nodes lose them here. */
function pinyinCuts(n: PinyinFreeText, removed: Removed[]): Cut[] {
  return n.pinyin.map((p) => {
    removed.push({ text: p.text.trim(), reason: 'watermark', rule: p.jammer ? 'watermark.emoji-jammer' : 'watermark.pinyin-annotation' });
    return { start: p.start, end: p.end, reason: 'watermark' };
  });
}
