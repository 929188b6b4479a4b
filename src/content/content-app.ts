// The content script's behaviour, with every dependency passed in: analyze the page, clean it
// in place (undoably), undo, copy from the page, and the automatic run on template sites.
import { analyzeBlocks, renderCleanText, renderOutlineClipboardHtml, renderOutlineText, renderTextClipboardHtml } from '../core/index';
import type { Analysis, AnalyzeOptions, BlockAnalysis, SourceBlock } from '../core/types';
import { templateSiteOf } from '../core/rules/sites';
import { coreRequestOf, type DocumentAnalysis, type IsHidden } from '../dom/index';
import type { MessageKey } from '../shared/i18n';
import type { PageAnalysis, TabState } from '../shared/messages';
import { isSiteDisabled, type Settings } from '../shared/settings';
import { cleanPage, cleaningSteps } from './clean-page';
import type { ContentApi, CopyFormat } from './content-api';
import { DomJournal } from './dom-journal';
import { createPageClipboard, type PageClipboard } from './page-clipboard';
import { createPageNotice, type PageNotice } from './page-notice';
import { watchReinsertions, type ReinsertionWatch, type ReinsertionWatchOptions } from './reinsertion-watch';
import { findTitleElement, focusArticle, hiddenSurroundings } from './focus-article';
import { mayHoldChineseSpeech } from './page-language';
import { stripInvisibleText } from './strip-invisible';
import { unfoldArticle } from './unfold-article';
import { unlockCopy } from './unlock-copy';
import { extractPageInSlices } from './sliced-extraction';
import { createTaskSlicer } from './task-slicer';
import { STATUS_ATTRIBUTE } from './status-attribute';
import { findArticleContainer } from '../dom/container';
import { mergesByPages, planMerge, wholeTextSuffices, type MergePlan } from '../core/pagination/index';
import { readArticlePager, type PagerInDocument } from '../dom/pagination/index';
import { appendArticlePages, fetchArticlePages, fetchWholeText, replaceArticleBody, type FetchedPages, type FetchedWholeText } from './pagination/merge-pages';
import { createSameOriginFetch, pageFetchOf, type FetchPage } from './pagination/page-fetch';

export { STATUS_ATTRIBUTE };

export interface ContentEnvironment {
  document: Document;
  window: Window & typeof globalThis;
  /** a fresh hidden-element test per analysis (the computed one in the browser) */
  hiddenTest: () => IsHidden;
  analyzeDocument: (doc: Document, options: { isHidden: IsHidden; host?: string; userRules?: Settings['userRules'] }) => DocumentAnalysis;
  settings: {
    load(): Promise<Settings>;
    update(change: (current: Settings) => Settings): Promise<Settings>;
  };
  t: (key: MessageKey, ...substitutions: (string | number)[]) => string;
  /** tells the background (badge, per-tab state); failures are the caller's to ignore */
  reportState: (state: Omit<TabState, 'tabId'>) => void;
  clipboard?: PageClipboard;
  notice?: PageNotice;
  watchOptions?: ReinsertionWatchOptions;
  /**
   * The core's analysis done off the page's main thread (the background, in the browser), for
   * pages too large to analyze within one short task; the page's own copy runs when absent or
   * when it fails.
   */
  analyzeElsewhere?: (blocks: SourceBlock[], options: AnalyzeOptions) => Promise<BlockAnalysis>;
  /** fetches one page of the article for 合并全部 N 页 (the page's own same-origin fetch by default) */
  fetchPage?: FetchPage;
}

/** Above this much article text the core runs elsewhere (about 50 ms of analysis in the page). */
export const ANALYZE_ELSEWHERE_ABOVE_CHARS = 150_000;
/** Above this many elements, styles are read in slices before the extraction. */
const WARM_UP_ABOVE_ELEMENTS = 3_000;

export interface ContentApp extends Pick<ContentApi, 'copy'> {
  analyze(): Promise<PageAnalysis>;
  clean(): Promise<PageAnalysis>;
  undo(): Promise<PageAnalysis>;
  /**
   * At document idle: analyze, and clean a speech unless switched off — on template sites.
   * With `clean: false` (other sites, "detect everywhere") it only detects.
   */
  autoRun(options?: { clean?: boolean }): Promise<void>;
  readonly cleaned: boolean;
  /**
   * The settings changed (the options page saved): new user rules apply to this page at once —
   * a cleaned page is cleaned again with them, an analyzed one analyzed again.
   */
  settingsChanged(settings: Settings): Promise<void>;
  /**
   * 合并全部 N 页, on the user's click: fetches the article's other pages from its own pager,
   * appends them after the first page's body and cleans the whole as one speech (undo takes it
   * all back). Without a pager, or once merged, it answers the analysis as it is.
   */
  mergePages(): Promise<PageAnalysis>;
  /** stops a merge under way; the page stays as it was before it */
  cancelMerge(): void;
}

interface CleaningSession {
  journal: DomJournal;
  watch: ReinsertionWatch | null;
  /** the settings the page was cleaned with (re-cleaning reads the same rules) */
  settings: Settings;
  /** the core's analysis, and what the page shows: it plus the site around the article hidden */
  analysis: Analysis;
  cleaned: Analysis;
}

export function createContentApp(env: ContentEnvironment): ContentApp {
  const doc = env.document;
  const win = env.window;
  const clipboard = env.clipboard ?? createPageClipboard(doc, win);
  // the labels are looked up when the notice is first built: most pages never show one
  const labels = {
    get notice() {
      return env.t('noticeLabel');
    },
    get close() {
      return env.t('noticeClose');
    },
  };
  const notice = env.notice ?? createPageNotice(doc, labels);
  const host = (): string => win.location.hostname;
  let session: CleaningSession | null = null;
  /** the user rules the page was last read with; undefined until it is read */
  let rulesRead: string | undefined;

  /** Splits in-page work into tasks the reader does not notice (see task-slicer.ts). */
  const slicer = createTaskSlicer(win);

  const readWith = async (settings: Settings): Promise<DocumentAnalysis> => {
    const reading = await readPage(settings);
    // the notice is placed clear of the article's text
    notice.keepClearOf(reading.page.container);
    return reading;
  };
  const readPage = async (settings: Settings): Promise<DocumentAnalysis> => {
    rulesRead = JSON.stringify(settings.userRules);
    const options = { isHidden: env.hiddenTest(), host: host(), userRules: settings.userRules };
    if (!env.analyzeElsewhere) return env.analyzeDocument(doc, options);
    // A large page's styles are read in slices first (the hidden test keeps its answers), then
    // the extraction runs in slices too: no step is a long task.
    slicer.start();
    const elements = doc.body?.getElementsByTagName('*') ?? [];
    if (elements.length > WARM_UP_ABOVE_ELEMENTS) {
      await slicer.afterFrame();
      await slicer.forEach(Array.from(elements), (element) => options.isHidden(element));
    }
    const page = await extractPageInSlices(doc, win, options, slicer);
    const request = coreRequestOf(page, options);
    const size = request.blocks.reduce((sum, block) => sum + block.text.length, 0);
    if (size > ANALYZE_ELSEWHERE_ABOVE_CHARS) {
      try {
        return { page, result: await env.analyzeElsewhere(request.blocks, request.options) };
      } catch {
        // the background is restarting or gone (extension reloaded): analyze here after all
        await slicer.pause();
      }
    }
    return { page, result: analyzeBlocks(request.blocks, request.options) };
  };
  const read = async (): Promise<DocumentAnalysis> => readWith(await env.settings.load());

  /** What a page skipped at load says about itself: no speech, nothing removed. */
  const notReadAnalysis = (): Analysis => ({
    isSpeech: false,
    confidence: 1,
    title: doc.title,
    meta: { host: host() },
    paragraphs: [],
    outline: [],
    removed: [],
  });

  /** pages merged into this page (1: none), whether the full text took the page's place, and
   * the merge under way, to cancel */
  let mergedPages = 1;
  let mergedWhole = false;
  const isMerged = (): boolean => mergedPages > 1 || mergedWhole;
  /** the title as the merged pages repeated it, taken out of their text (listed as removed) */
  let mergeRemoved: Analysis['removed'] = [];
  let merging: AbortController | null = null;
  /** the article's pager as the page came (cleaning takes the pager line out of a cleaned page) */
  let pagerAsServed: PagerInDocument | undefined;
  /** The merge the article's own pager allows from this page (merge-plan.ts), if any. */
  const mergeOfPage = (): { pager: PagerInDocument; plan: MergePlan } | undefined => {
    try {
      if (!session && !cleaning) pagerAsServed = readArticlePager(doc, win.location.href);
    } catch (error) {
      // reading the pager is an offer, never a reason for the page not to be cleaned
      console.warn('qinggao: could not read the pager', error);
      pagerAsServed = undefined;
    }
    const plan = pagerAsServed && planMerge(pagerAsServed);
    return plan ? { pager: pagerAsServed!, plan } : undefined;
  };
  /** The article's other pages as its own pager shows them (a speech only). */
  const pagesOf = (analysis: Analysis): PageAnalysis['pages'] => {
    if (isMerged()) return { total: mergedPages, merged: mergedPages, ...(mergedWhole ? { whole: 'loaded' as const } : {}) };
    if (!analysis.isSpeech) return undefined;
    const plan = mergeOfPage()?.plan;
    return plan ? { total: plan.total, merged: 1, ...(plan.whole ? { whole: 'offered' as const } : {}) } : undefined;
  };

  /** Tells <html>, the background and the caller what the page is now. */
  const publish = (analysis: Analysis): PageAnalysis => {
    const status = session ? 'cleaned' : 'analyzed';
    doc.documentElement.setAttribute(STATUS_ATTRIBUTE, status);
    env.reportState({
      url: win.location.href,
      status,
      isSpeech: analysis.isSpeech,
      title: analysis.title,
      topLevelItems: analysis.outline.filter((item) => item.level === 1).length,
      removedCount: analysis.removed.length,
    });
    const pages = pagesOf(analysis);
    return pages ? { ...analysis, status, pages } : { ...analysis, status };
  };

  /** A cleaned page's answer, as at the cleaning (nothing is read again). */
  const asCleaned = (current: CleaningSession): PageAnalysis => {
    const pages = pagesOf(current.cleaned);
    return pages ? { ...current.cleaned, status: 'cleaned', pages } : { ...current.cleaned, status: 'cleaned' };
  };

  /** Cleans what the page added or rewrote in the article since (the watch times it). */
  const reclean = async (touched: Node[]): Promise<void> => {
    const current = session;
    if (!current?.watch) return;
    const isTouched = (node: Node): boolean => touched.some((t) => t.contains(node) || node.contains(t));
    const { page, result } = await readWith(current.settings);
    if (session !== current) return; // undone meanwhile
    current.watch.withoutObserving(() => {
      cleanPage(page, result.verdicts, current.journal, { includes: isTouched });
      for (const node of touched) if (node.isConnected) stripInvisibleText(node, current.journal);
    });
  };

  let cleaning: Promise<PageAnalysis> | null = null;

  /**
   * Cleans in steps, each its own short task on a large page: the page's reader keeps
   * scrolling and typing meanwhile. The watch starts first, so what the page changes between
   * steps is cleaned too; our own steps run unobserved.
   */
  const applyCleaning = (reading: DocumentAnalysis, settings: Settings, journal = new DomJournal()): Promise<PageAnalysis> => {
    mergeOfPage(); // before the cuts take the pager line out
    cleaning ??= (async () => {
      const { page, result } = reading;
      const container = page.container;
      const watch = container ? watchReinsertions(win, container, (touched) => reclean(touched), env.watchOptions) : null;
      const step = async (change: () => void): Promise<void> => {
        if (watch) watch.withoutObserving(change);
        else change();
        await slicer.maybePause();
      };
      /** Runs the steps of `steps`, as many to a slice as its time allows. */
      const stepThrough = async (steps: Generator<void, unknown>): Promise<void> => {
        for (let done = false; !done; ) {
          await step(() => {
            for (let n = 1; !(done = steps.next().done === true); n++) if (n % 16 === 0 && slicer.due()) return;
          });
        }
      };
      let surroundings: Element[] = [];
      // the answer that started this may have come in a task of its own work: pause if it used its slice
      await slicer.maybePause();
      // reads computed styles: first, while the page's style is still clean (no forced recalc)
      if (container) await step(() => unfoldArticle(win, container, journal));
      await stepThrough(cleaningSteps(page, result.verdicts, journal));
      // after the cuts (their offsets count the zero-width characters the page had)
      await step(() => {
        if (doc.body) stripInvisibleText(doc.body, journal);
      });
      if (container) {
        await step(() => {
          unlockCopy(doc, win, container, journal, { isOwnEvent: clipboard.isOwnEvent });
          const titleBlock = page.blocks.find((_, i) => result.verdicts[i]?.role === 'title')?.element;
          surroundings = focusArticle(container, findTitleElement(doc, result.analysis.title, titleBlock), journal, result.analysis.title);
        });
      }
      const removed = [...result.analysis.removed, ...mergeRemoved, ...hiddenSurroundings(surroundings)];
      const cleaned = { ...result.analysis, removed };
      session = { journal, watch, settings, analysis: result.analysis, cleaned };
      return publish(cleaned);
    })().finally(() => {
      cleaning = null;
    });
    return cleaning;
  };

  const undo = async (): Promise<PageAnalysis> => {
    notice.hide();
    if (cleaning) await cleaning.catch(() => undefined);
    if (!session) return app.analyze();
    const { journal, watch, analysis } = session;
    watch?.stop();
    journal.undo();
    session = null;
    // the merged pages were in the journal too: the page is its first page again
    if (isMerged()) {
      mergedPages = 1;
      mergedWhole = false;
      mergeRemoved = [];
      return app.analyze();
    }
    return publish(analysis);
  };

  const neverOnThisSite = async (): Promise<void> => {
    const site = templateSiteOf(host())?.domain ?? host();
    await undo();
    await env.settings.update((settings) => ({
      ...settings,
      disabledSites: settings.disabledSites.includes(site) ? settings.disabledSites : [...settings.disabledSites, site],
    }));
    notice.show({ message: env.t('noticeSiteDisabled') });
  };

  const showCleanedNotice = (analysis: PageAnalysis): void => {
    const pages = analysis.pages;
    notice.show({
      message: pages && isMerged() ? `${mergedMessage()} · ${env.t('noticeCleaned', analysis.removed.length)}` : env.t('noticeCleaned', analysis.removed.length),
      actions: [
        ...(pages && !isMerged() ? [{ label: mergeLabel(pages), run: () => void app.mergePages() }] : []),
        { label: env.t('noticeUndo'), run: () => void undo().then(() => notice.show({ message: env.t('noticeUndone') })) },
        { label: env.t('noticeNeverOnSite'), run: () => void neverOnThisSite() },
      ],
    });
  };

  /** 合并全部 N 页, or 载入全文 when the pager shows only a full-text link */
  const mergeLabel = (pages: NonNullable<PageAnalysis['pages']>): string =>
    pages.total > 1 ? env.t('noticeMergePages', pages.total) : env.t('noticeLoadWhole');
  const mergedMessage = (): string => (mergedWhole ? env.t('noticeWholeLoaded') : env.t('noticeMerged', mergedPages));

  const fetchPage = (): FetchPage => env.fetchPage ?? createSameOriginFetch(win.location.origin, pageFetchOf(win));

  /** What fetching pages needs (the page untouched meanwhile; 取消 in the notice aborts). */
  const collectOptions = (plan: MergePlan, title: string, controller: AbortController) => {
    const parser = new win.DOMParser();
    return {
      doc,
      pageUrl: win.location.href,
      plan,
      title,
      fetchPage: fetchPage(),
      parseHtml: (html: string) => parser.parseFromString(html, 'text/html'),
      signal: controller.signal,
    };
  };
  const cancelAction = (controller: AbortController) => ({ label: env.t('noticeMergeCancel'), run: () => controller.abort() });

  /** Fetches the other pages, with progress and 取消 in the notice. */
  const fetchOtherPages = async (plan: MergePlan, title: string, controller: AbortController): Promise<FetchedPages> =>
    fetchArticlePages({
      ...collectOptions(plan, title, controller),
      onProgress: ({ page, total }) => notice.show({ message: env.t('noticeMergeProgress', page, total), actions: [cancelAction(controller)] }),
    });

  /**
   * Fetches the one-page full text and keeps it only when it holds more speech than the page
   * shown. It is read here without styles (a parsed page has none computed), so text the site
   * hides counts too: the merged page is then read again with its styles, as any page is.
   */
  const fetchWhole = async (url: string, plan: MergePlan, shown: Analysis, settings: Settings, controller: AbortController): Promise<FetchedWholeText> => {
    notice.show({ message: env.t('noticeWholeProgress'), actions: [cancelAction(controller)] });
    return fetchWholeText(collectOptions(plan, shown.title, controller), url, (parsed) => {
      const whole = env.analyzeDocument(parsed, { isHidden: () => false, host: host(), userRules: settings.userRules });
      return wholeTextSuffices(shown, whole.result.analysis);
    });
  };

  const mergePages = async (): Promise<PageAnalysis> => {
    if (merging || isMerged()) return app.analyze();
    if (cleaning) await cleaning.catch(() => undefined);
    const offer = mergeOfPage();
    if (!offer) return app.analyze();
    const { pager, plan } = offer;
    const shown = session?.analysis ?? (await app.analyze());
    const { title } = shown;
    const settings = session?.settings ?? (await env.settings.load());
    const controller = new AbortController();
    merging = controller;
    let whole: FetchedWholeText | undefined;
    let fetched: FetchedPages | undefined;
    try {
      // the full text first; page by page when it cannot be read or holds less than this page
      if (plan.whole !== undefined) whole = await fetchWhole(plan.whole, plan, shown, settings, controller);
      if (!whole?.ok && !controller.signal.aborted && mergesByPages(plan)) fetched = await fetchOtherPages(plan, title, controller);
    } finally {
      merging = null;
    }
    const bodies = fetched?.bodies ?? [];
    if (!whole?.ok && bodies.length === 0) {
      const stopped = fetched?.stopped;
      notice.show({
        message: controller.signal.aborted
          ? env.t('noticeMergeCancelled')
          : stopped
            ? env.t('noticeMergeRefused', stopped.page)
            : env.t('noticeWholeRefused'),
      });
      return app.analyze();
    }
    // Merge into the page as it came, then clean the whole as one speech, all in one journal:
    // undo takes the cleaning and the merged pages back, newest first.
    if (cleaning) await cleaning.catch(() => undefined);
    if (session) {
      session.watch?.stop();
      session.journal.undo();
      session = null;
    }
    const container = findArticleContainer(doc);
    if (!container) return app.analyze();
    const journal = new DomJournal();
    const repeated = (texts: string[]): Analysis['removed'] => texts.map((text) => ({ text, reason: 'duplicate-title' as const, rule: 'pagination.repeated-title' }));
    if (whole?.ok) {
      replaceArticleBody(container, pager.pageLinkElements, whole.body, journal, title);
      mergedWhole = true;
      mergedPages = Math.max(plan.total, 1);
      mergeRemoved = repeated(whole.repeatedTitles);
    } else {
      appendArticlePages(container, pager.pageLinkElements, bodies, journal, { current: plan.current, title });
      mergedPages = 1 + bodies.length;
      mergeRemoved = repeated(fetched?.repeatedTitles ?? []);
    }
    const analysis = await applyCleaning(await readWith(settings), settings, journal);
    showCleanedNotice(analysis);
    const stopped = fetched?.stopped;
    if (stopped) notice.show({ message: `${mergedMessage()} · ${env.t('noticeMergeRefused', stopped.page)}`, actions: [{ label: env.t('noticeUndo'), run: () => void undo() }] });
    return analysis;
  };

  const app: ContentApp = {
    get cleaned() {
      return session !== null;
    },

    async analyze() {
      if (cleaning) return cleaning;
      if (session) return asCleaned(session);
      const { result } = await read();
      return publish(result.analysis);
    },

    async clean() {
      if (cleaning) return cleaning;
      if (session) return asCleaned(session);
      const settings = await env.settings.load();
      const reading = await readWith(settings);
      if (cleaning) return cleaning;
      const analysis = await applyCleaning(reading, settings);
      showCleanedNotice(analysis);
      return analysis;
    },

    undo,
    mergePages,
    cancelMerge() {
      merging?.abort();
    },

    async settingsChanged(settings) {
      if (rulesRead === undefined || rulesRead === JSON.stringify(settings.userRules)) return;
      if (cleaning) await cleaning.catch(() => undefined);
      if (!session) {
        publish((await readWith(settings)).result.analysis);
        return;
      }
      // undo, then clean with the new rules: a rule removed gives its text back
      const { journal, watch } = session;
      watch?.stop();
      journal.undo();
      session = null;
      mergedPages = 1; // the merged pages went with the journal
      mergedWhole = false;
      mergeRemoved = [];
      const analysis = await applyCleaning(await readWith(settings), settings);
      notice.show({ message: env.t('noticeRulesApplied', analysis.removed.length) });
    },

    async autoRun({ clean = true } = {}) {
      if (!mayHoldChineseSpeech(doc)) {
        publish(notReadAnalysis());
        return;
      }
      const settings = await env.settings.load();
      const reading = await readWith(settings);
      if (session || cleaning) return; // a click got there first
      const { analysis } = reading.result;
      if (clean && analysis.isSpeech && settings.autoClean && !isSiteDisabled(settings, host())) {
        showCleanedNotice(await applyCleaning(reading, settings));
      } else {
        publish(analysis);
      }
    },

    async copy(format: CopyFormat) {
      const analysis = await app.analyze();
      let payload: { text: string; html?: string };
      let items = 0;
      const { outlineDepth, gongwenFormat } = await env.settings.load();
      if (format === 'outline') {
        items = analysis.outline.filter((item) => item.level <= outlineDepth).length;
        if (items === 0) {
          notice.show({ message: env.t('noticeNoOutline') });
          return false;
        }
        payload = {
          text: renderOutlineText(analysis.outline, { maxDepth: outlineDepth }),
          html: renderOutlineClipboardHtml(analysis, { maxDepth: outlineDepth, gongwen: gongwenFormat }),
        };
      } else {
        payload = { text: renderCleanText(analysis), html: renderTextClipboardHtml(analysis, { gongwen: gongwenFormat }) };
      }
      const copied = await clipboard.write(payload);
      notice.show({
        message: !copied
          ? env.t('noticeCopyFailed')
          : format === 'outline'
            ? env.t('noticeCopiedOutline', items)
            : env.t('noticeCopiedText'),
      });
      return copied;
    },
  };
  return app;
}
