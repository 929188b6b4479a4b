// parseSettings and userRuleProblem explain problems in English (they are shared with the CLI and
// tests); the options page shows them in the user's language. An unknown wording (a newer
// settings.ts) is shown as is rather than hidden.
import { COLLECTION_PROBLEM, MAX_COLLECTED_SPEECHES, MAX_COLLECTION_BYTES } from '../core/collection';
import { MAX_USER_RULES, RULE_PROBLEM } from '../core/user-rule-limits';
import { t } from '../shared/i18n';

/** written by settings-file.ts: "not valid JSON", or with " at line L, column C" */
export const NOT_JSON = 'not valid JSON';
export const EMPTY_FILE = 'empty file';
const NOT_JSON_AT = /^not valid JSON at line (\d+), column (\d+)$/;

export function describeProblem(message: string): string {
  switch (message) {
    case 'not an object':
      return t('optionsProblemNotObject');
    case 'must be true or false':
      return t('optionsProblemBoolean');
    case 'must be an integer from 1 to 4':
      return t('optionsProblemDepth');
    case 'must be a list of host names':
      return t('optionsProblemHostList');
    case 'must be a list':
      return t('optionsProblemList');
    case 'needs "pattern" (text) and "regex" (true/false)':
      return t('optionsProblemRuleShape');
    case RULE_PROBLEM.empty:
      return t('optionsRuleErrorEmpty');
    case RULE_PROBLEM.tooLong:
      return t('optionsRuleErrorTooLong');
    case RULE_PROBLEM.matchesEmpty:
      return t('optionsRuleErrorMatchesEmpty');
    case RULE_PROBLEM.tooMany:
      return t('optionsRuleErrorTooMany', String(MAX_USER_RULES));
    case COLLECTION_PROBLEM.tooMany:
      return t('optionsProblemCollectionTooMany', MAX_COLLECTED_SPEECHES);
    case COLLECTION_PROBLEM.tooLarge:
      return t('optionsProblemCollectionTooLarge', MAX_COLLECTION_BYTES / (1024 * 1024));
    case COLLECTION_PROBLEM.shape:
      return t('optionsProblemCollectionShape');
    case COLLECTION_PROBLEM.outlineItem:
      return t('optionsProblemCollectionOutlineItem');
    case COLLECTION_PROBLEM.addedAt:
      return t('optionsProblemCollectionAddedAt');
    case COLLECTION_PROBLEM.repeatedId:
      return t('optionsProblemCollectionRepeatedId');
  }
  if (message.startsWith(RULE_PROBLEM.invalidPrefix)) {
    return t('optionsRuleErrorInvalidRegex', message.slice(RULE_PROBLEM.invalidPrefix.length));
  }
  if (message.startsWith(RULE_PROBLEM.unsupportedPrefix)) {
    return t('optionsRuleErrorUnsupportedRegex', message.slice(RULE_PROBLEM.unsupportedPrefix.length));
  }
  if (message === NOT_JSON) return t('optionsImportNotJson');
  if (message === EMPTY_FILE) return t('optionsImportEmpty');
  const at = NOT_JSON_AT.exec(message);
  if (at) return t('optionsImportNotJsonAt', Number(at[1]), Number(at[2]));
  return message;
}

/** "userRules[2]" → "自定义规则第 3 条 (userRules[2])": the path for whoever edits the JSON, a name for everyone else. */
export function describePath(path: string): string {
  if (path === '') return t('optionsPathWholeFile');
  const rule = /^userRules\[(\d+)\]$/.exec(path);
  if (rule) return t('optionsPathUserRule', Number(rule[1]) + 1, path);
  const speech = /^collection\[(\d+)\]/.exec(path);
  if (speech) return t('optionsPathCollectionItem', Number(speech[1]) + 1, path);
  switch (path) {
    case 'autoClean':
      return t('optionsPathField', t('optionsAutoCleanLabel'), path);
    case 'disabledSites':
      return t('optionsPathField', t('optionsSitesHeading'), path);
    case 'userRules':
      return t('optionsPathField', t('optionsRulesHeading'), path);
    case 'detectEverywhere':
      return t('optionsPathField', t('optionsDetectEverywhereLabel'), path);
    case 'outlineDepth':
      return t('optionsPathField', t('optionsOutlineDepthName'), path);
    case 'gongwenFormat':
      return t('optionsPathField', t('optionsWordFormatLabel'), path);
    case 'collection':
      return t('optionsPathField', t('collectionName'), path);
  }
  return path;
}
