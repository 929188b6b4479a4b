// Writing a new noise rule: checked as the user types (userRuleProblem), previewed against the
// text of an open page or pasted text once the typing pauses, and only then added.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UserRule } from '../core/types';
import { MAX_USER_RULES, userRuleProblem } from '../core/user-rules';
import { t } from '../shared/i18n';
import { describeProblem } from './problem-text';
import { paragraphsFromPastedText, previewRule } from './rule-preview';
import type { PreviewSource, PreviewTab } from './preview-source';
import { RulePreview } from './RulePreview';
import { useSettledValue } from './use-settled-value';

export interface RuleEditorProps {
  existing: readonly UserRule[];
  previewSource: PreviewSource;
  onAdd(rule: UserRule): Promise<unknown>;
}

const PASTE = 'paste';
/** The preview runs once typing pauses this long, not on every keystroke. */
export const PREVIEW_DELAY_MS = 250;

/** Why the rule cannot be added yet, in the user's language; undefined when it can. */
export function ruleProblem(rule: UserRule, existing: readonly UserRule[]): string | undefined {
  const error = userRuleProblem(rule);
  if (error) return describeProblem(error);
  if (existing.some((r) => r.pattern === rule.pattern && r.regex === rule.regex)) return t('optionsRuleErrorDuplicate');
  if (existing.length >= MAX_USER_RULES) return t('optionsRuleErrorTooMany', String(MAX_USER_RULES));
  return undefined;
}

export function RuleEditor({ existing, previewSource, onAdd }: RuleEditorProps) {
  const [pattern, setPattern] = useState('');
  const [regex, setRegex] = useState(false);
  const [tabs, setTabs] = useState<PreviewTab[] | undefined>(undefined);
  const [source, setSource] = useState(PASTE);
  const [pasted, setPasted] = useState('');
  const [tabText, setTabText] = useState<{ tabId: number; paragraphs: string[] } | undefined>(undefined);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    previewSource.tabs().then(
      (list) => {
        setTabs(list);
        if (list[0]) setSource(String(list[0].id));
      },
      () => setTabs([]),
    );
  }, [previewSource]);

  const rule: UserRule = { pattern, regex };
  const problem = pattern === '' ? undefined : ruleProblem(rule, existing);

  // The preview reads what was typed once the typing pauses: user patterns run in linear time
  // (RE2), but a pasted text may be long, and a keystroke should never wait for a whole page.
  const settled = useSettledValue({ pattern, regex, pasted }, PREVIEW_DELAY_MS);
  const previewedRule: UserRule = { pattern: settled.pattern, regex: settled.regex };
  const previewedProblem = settled.pattern === '' ? undefined : ruleProblem(previewedRule, existing);
  const paragraphs = useMemo(
    () => (source === PASTE ? paragraphsFromPastedText(settled.pasted) : tabText?.tabId === Number(source) ? tabText.paragraphs : undefined),
    [source, settled.pasted, tabText],
  );
  const preview = useMemo(
    () => (paragraphs && settled.pattern && !previewedProblem ? previewRule(previewedRule, paragraphs) : undefined),
    [paragraphs, settled, previewedProblem],
  );

  const loadTab = (tabId: number) => {
    setLoadError('');
    previewSource.paragraphs(tabId).then(
      (list) => setTabText({ tabId, paragraphs: list }),
      () => setLoadError(t('optionsPreviewTabFailed')),
    );
  };

  const add = (event: Event) => {
    event.preventDefault();
    if (pattern === '' || problem) return;
    void onAdd(rule).then(() => setPattern(''));
  };

  return (
    <form class="rule-editor" onSubmit={add}>
      <div class="field">
        <label for="rule-pattern">{t('optionsRulePatternLabel')}</label>
        <input
          id="rule-pattern"
          type="text"
          value={pattern}
          spellcheck={false}
          placeholder={regex ? t('optionsRulePatternPlaceholderRegex') : t('optionsRulePatternPlaceholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby="rule-problem"
          onInput={(e) => setPattern(e.currentTarget.value)}
        />
        <label class="inline">
          <input type="checkbox" checked={regex} onChange={(e) => setRegex(e.currentTarget.checked)} />
          <span>{t('optionsRuleRegexLabel')}</span>
        </label>
      </div>
      <p id="rule-problem" class={problem ? 'error' : 'hint'} role={problem ? 'alert' : undefined}>
        {problem ?? (regex ? t('optionsRuleRegexHint') : t('optionsRuleTextHint'))}
      </p>

      <fieldset class="preview-source">
        <legend>{t('optionsPreviewHeading')}</legend>
        <label class="inline">
          <span>{t('optionsPreviewSourceLabel')}</span>
          <select value={source} onChange={(e) => setSource(e.currentTarget.value)}>
            {(tabs ?? []).map((tab) => (
              <option key={tab.id} value={String(tab.id)}>
                {tab.title} — {tab.host}
              </option>
            ))}
            <option value={PASTE}>{t('optionsPreviewPasteOption')}</option>
          </select>
        </label>
        {source === PASTE ? (
          <textarea
            rows={5}
            value={pasted}
            placeholder={t('optionsPreviewPastePlaceholder')}
            aria-label={t('optionsPreviewPasteOption')}
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
        ) : (
          <button type="button" onClick={() => loadTab(Number(source))}>
            {tabText?.tabId === Number(source) ? t('optionsPreviewReloadTab') : t('optionsPreviewLoadTab')}
          </button>
        )}
        {tabs && tabs.length === 0 && <p class="hint">{t('optionsPreviewNoTabs')}</p>}
        {loadError && <p class="error">{loadError}</p>}
        {preview && paragraphs && <RulePreview preview={preview} paragraphCount={paragraphs.length} />}
      </fieldset>

      <button type="submit" class="primary" disabled={pattern === '' || Boolean(problem)}>
        {t('optionsRuleAdd')}
      </button>
    </form>
  );
}
