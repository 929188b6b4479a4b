// The user's own noise rules: the list with remove buttons, and the editor for a new one.
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import type { UpdateSettings } from './OptionsApp';
import type { PreviewSource } from './preview-source';
import { RuleEditor } from './RuleEditor';

export interface UserRulesSectionProps {
  settings: Settings;
  update: UpdateSettings;
  previewSource: PreviewSource;
}

export function UserRulesSection({ settings, update, previewSource }: UserRulesSectionProps) {
  return (
    <section class="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('optionsRulesHeading')}</h2>
      <p class="hint">{t('optionsRulesHint')}</p>
      {settings.userRules.length === 0 ? (
        <p class="empty">{t('optionsRulesEmpty')}</p>
      ) : (
        <ul class="removable-list rule-list">
          {settings.userRules.map((rule) => (
            <li key={`${rule.regex}:${rule.pattern}`}>
              <span class="tag">{rule.regex ? t('optionsRuleKindRegex') : t('optionsRuleKindText')}</span>
              <code class="rule-pattern">{rule.pattern}</code>
              <button
                type="button"
                aria-label={t('optionsRemoveRule', rule.pattern)}
                onClick={() =>
                  // by content, not index: the stored list may have changed since this render
                  void update((s) => ({
                    ...s,
                    userRules: s.userRules.filter((r) => r.pattern !== rule.pattern || r.regex !== rule.regex),
                  }))
                }
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <RuleEditor
        existing={settings.userRules}
        previewSource={previewSource}
        onAdd={(rule) => update((s) => ({ ...s, userRules: [...s.userRules, rule] }))}
      />
    </section>
  );
}
