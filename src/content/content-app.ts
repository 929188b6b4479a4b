// The content script's behaviour, with every dependency passed in: analyze the page, clean it
// in place (undoably), undo, copy from the page, and the automatic run on template sites.
import { renderCleanText, renderOutlineClipboardHtml, renderOutlineText, renderTextClipboardHtml } from '../core/index';
import type { Analysis } from '../core/types';
import { templateSiteOf } from '../core/rules/sites';
import type { DocumentAnalysis, IsHidden } from '../dom/index';
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

export const STATUS_ATTRIBUTE = 'data-qinggao';

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
}

export interface ContentApp extends Pick<ContentApi, 'copy'> {
  analyze(): Promise<PageAnalysis>;
  clean(): Promise<PageAnalysis>;
  undo(): Promise<PageAnalysis>;
  /** at document idle on template sites: analyze, and clean a speech unless switched off */
  autoRun(): Promise<void>;
  readonly cleaned: boolean;
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
  const notice = env.notice ?? createPageNotice(doc, { notice: env.t('noticeLabel'), close: env.t('noticeClose') });
  const host = (): string => win.location.hostname;
  let session: CleaningSession | null = null;

  const readWith = (settings: Settings): DocumentAnalysis =>
    env.analyzeDocument(doc, { isHidden: env.hiddenTest(), host: host(), userRules: settings.userRules });
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

  /** Cleans what the page added or rewrote in the article since (synchronous: the watch times it). */
  const reclean = (touched: Node[]): void => {
    const current = session;
    if (!current?.watch) return;
    const isTouched = (node: Node): boolean => touched.some((t) => t.contains(node) || node.contains(t));
    current.watch.withoutObserving(() => {
      const { page, result } = readWith(current.settings);
      cleanPage(page, result.verdicts, current.journal, { includes: isTouched });
      for (const node of touched) if (node.isConnected) stripInvisibleText(node, current.journal);
    });
  };

  const applyCleaning = ({ page, result }: DocumentAnalysis, settings: Settings): PageAnalysis => {
    const journal = new DomJournal();
    cleanPage(page, result.verdicts, journal);
    // after the cuts (their offsets count the zero-width characters the page had)
    if (doc.body) stripInvisibleText(doc.body, journal);
    let watch: ReinsertionWatch | null = null;
    let surroundings: Element[] = [];
    if (page.container) {
      unlockCopy(doc, win, page.container, journal, { isOwnEvent: clipboard.isOwnEvent });
      unfoldArticle(win, page.container, journal);
      const titleBlock = page.blocks.find((_, i) => result.verdicts[i]?.role === 'title')?.element;
      surroundings = focusArticle(page.container, findTitleElement(doc, result.analysis.title, titleBlock), journal, result.analysis.title);
      watch = watchReinsertions(win, page.container, reclean, env.watchOptions);
    }
    const cleaned = { ...result.analysis, removed: [...result.analysis.removed, ...hiddenSurroundings(surroundings)] };
    session = { journal, watch, settings, analysis: result.analysis, cleaned };
    return publish(cleaned);
  };

  const undo = async (): Promise<PageAnalysis> => {
    notice.hide();
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
      if (session) return { ...session.cleaned, status: 'cleaned' };
      const { result } = await read();
      return publish(result.analysis);
    },

    async clean() {
      if (session) return { ...session.cleaned, status: 'cleaned' };
      const settings = await env.settings.load();
      const analysis = applyCleaning(readWith(settings), settings);
      showCleanedNotice(analysis);
      return analysis;
    },

    undo,

    async autoRun() {
      if (!mayHoldChineseSpeech(doc)) {
        publish(notReadAnalysis());
        return;
      }
      const settings = await env.settings.load();
      const reading = readWith(settings);
      const { analysis } = reading.result;
      if (analysis.isSpeech && settings.autoClean && !isSiteDisabled(settings, host())) {
        showCleanedNotice(applyCleaning(reading, settings));
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
