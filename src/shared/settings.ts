// User settings, kept in browser.storage.local under one key. Pure: validation and defaults
// here, storage access in the shells (options page, content script, background).
import type { UserRule } from '../core/types';
import { MAX_USER_RULES, RULE_PROBLEM, rulePatternProblem } from '../core/user-rule-limits';

export interface Settings {
  /** clean speech pages on known template sites as soon as they load */
  autoClean: boolean;
  /** hosts (registrable domain or full host) where auto-clean is switched off */
  disabledSites: string[];
  userRules: UserRule[];
  /** the user granted access to all sites and wants detection everywhere */
  detectEverywhere: boolean;
  /** outline depth shown and copied by the popup (1–4) */
  outlineDepth: number;
  /** copies for Word/WPS carry the 公文 fonts and sizes (GB/T 9704); off: structure only */
  gongwenFormat: boolean;
}

export const SETTINGS_KEY = 'qinggao.settings';

export const DEFAULT_SETTINGS: Settings = {
  autoClean: true,
  disabledSites: [],
  userRules: [],
  detectEverywhere: false,
  outlineDepth: 4,
  gongwenFormat: true,
};

export type SettingsProblem = { path: string; message: string };

/** Why a rule cannot be used, or undefined when it can. */
export type RuleCheck = (rule: UserRule) => string | undefined;

/**
 * Checks a value (e.g. an imported JSON file) and returns clean settings or the problems found.
 * `checkRule` judges each rule: by default only its text (empty, too long), as for stored
 * settings, which were checked when saved; an import passes the full check, which compiles each
 * regular expression (core/user-rules.ts), so the engine stays out of the background and popup.
 */
export function parseSettings(value: unknown, checkRule: RuleCheck = rulePatternProblem): { settings: Settings } | { problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ path: '', message: 'not an object' }] };
  }
  const v = value as Record<string, unknown>;
  const out: Settings = { ...DEFAULT_SETTINGS, disabledSites: [], userRules: [] };
  if ('autoClean' in v) {
    if (typeof v.autoClean === 'boolean') out.autoClean = v.autoClean;
    else problems.push({ path: 'autoClean', message: 'must be true or false' });
  }
  if ('detectEverywhere' in v) {
    if (typeof v.detectEverywhere === 'boolean') out.detectEverywhere = v.detectEverywhere;
    else problems.push({ path: 'detectEverywhere', message: 'must be true or false' });
  }
  if ('gongwenFormat' in v) {
    if (typeof v.gongwenFormat === 'boolean') out.gongwenFormat = v.gongwenFormat;
    else problems.push({ path: 'gongwenFormat', message: 'must be true or false' });
  }
  if ('outlineDepth' in v) {
    const d = v.outlineDepth;
    if (typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 4) out.outlineDepth = d;
    else problems.push({ path: 'outlineDepth', message: 'must be an integer from 1 to 4' });
  }
  if ('disabledSites' in v) {
    if (Array.isArray(v.disabledSites) && v.disabledSites.every((s) => typeof s === 'string' && s.trim() !== '')) {
      out.disabledSites = [...new Set((v.disabledSites as string[]).map((s) => s.trim().toLowerCase()))];
    } else problems.push({ path: 'disabledSites', message: 'must be a list of host names' });
  }
  if ('userRules' in v) {
    if (!Array.isArray(v.userRules)) problems.push({ path: 'userRules', message: 'must be a list' });
    // counted before any rule is read: a file of 100,000 rules is refused at once
    else if (v.userRules.length > MAX_USER_RULES) problems.push({ path: 'userRules', message: RULE_PROBLEM.tooMany });
    else
      v.userRules.forEach((r, i) => {
        const rule = r as Partial<UserRule> | null;
        if (!rule || typeof rule.pattern !== 'string' || typeof rule.regex !== 'boolean') {
          problems.push({ path: `userRules[${i}]`, message: 'needs "pattern" (text) and "regex" (true/false)' });
          return;
        }
        const error = checkRule(rule as UserRule);
        if (error) problems.push({ path: `userRules[${i}]`, message: error });
        else out.userRules.push({ pattern: rule.pattern, regex: rule.regex });
      });
  }
  return problems.length ? { problems } : { settings: out };
}

/** Whether auto-clean is off for this host (a listed domain covers its subdomains). */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return settings.disabledSites.some((d) => h === d || h.endsWith('.' + d));
}
