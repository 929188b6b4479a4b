// The content script's behaviour, with every dependency passed in: analyze the page, clean it
// in place (undoably), undo, copy from the page, and the automatic run on template sites.
import { analyzeBlocks, renderCleanText, renderOutlineClipboardHtml, renderOutlineText, renderTextClipboardHtml } from '../core/index';
import type { Analysis, AnalyzeOptions, BlockAnalysis, SourceBlock } from '../core/types';
import { templateSiteOf } from '../core/rules/sites';
import { coreRequestOf, type DocumentAnalysis, type IsHidden } from '../dom/index';
import type { MessageKey } from '../shared/i18n';
import type { PageAnalysis, TabState } from '../shared/messages';
import { isSiteDisabled, type Settings } from '../shared/settings';
import { cleanPage } from './clean-page';
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
    if (elements.length > WARM_UP_ABOVE_ELEMENTS) await slicer.forEach(Array.from(elements), (element) => options.isHidden(element));
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
    return { ...analysis, status };
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
  const applyCleaning = (reading: DocumentAnalysis, settings: Settings): Promise<PageAnalysis> => {
    cleaning ??= (async () => {
      const { page, result } = reading;
      const journal = new DomJournal();
      const container = page.container;
      const watch = container ? watchReinsertions(win, container, (touched) => reclean(touched), env.watchOptions) : null;
      const step = async (change: () => void): Promise<void> => {
        if (watch) watch.withoutObserving(change);
        else change();
        await slicer.maybePause();
      };
      let surroundings: Element[] = [];
      slicer.start();
      // reads computed styles: first, while the page's style is still clean (no forced recalc)
      if (container) await step(() => unfoldArticle(win, container, journal));
      await step(() => cleanPage(page, result.verdicts, journal));
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
      const cleaned = { ...result.analysis, removed: [...result.analysis.removed, ...hiddenSurroundings(surroundings)] };
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

  const showCleanedNotice = (analysis: Analysis): void => {
    notice.show({
      message: env.t('noticeCleaned', analysis.removed.length),
      actions: [
        { label: env.t('noticeUndo'), run: () => void undo().then(() => notice.show({ message: env.t('noticeUndone') })) },
        { label: env.t('noticeNeverOnSite'), run: () => void neverOnThisSite() },
      ],
    });
  };

  const app: ContentApp = {
    get cleaned() {
      return session !== null;
    },

    async analyze() {
      if (cleaning) return cleaning;
      if (session) return { ...session.cleaned, status: 'cleaned' };
      const { result } = await read();
      return publish(result.analysis);
    },

    async clean() {
      if (cleaning) return cleaning;
      if (session) return { ...session.cleaned, status: 'cleaned' };
      const settings = await env.settings.load();
      const reading = await readWith(settings);
      if (cleaning) return cleaning;
      const analysis = await applyCleaning(reading, settings);
      showCleanedNotice(analysis);
      return analysis;
    },

    undo,

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
