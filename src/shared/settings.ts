// User settings, kept in browser.storage.local under one key. Pure: validation and defaults
// here, storage access in the shells (options page, content script, background).
import type { UserRule } from '../core/types';

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
}

export const SETTINGS_KEY = 'qinggao.settings';

export const DEFAULT_SETTINGS: Settings = {
  autoClean: true,
  disabledSites: [],
  userRules: [],
  detectEverywhere: false,
  outlineDepth: 4,
};

export type SettingsProblem = { path: string; message: string };

/** Checks a value (e.g. an imported JSON file) and returns clean settings or the problems found. */
export function parseSettings(value: unknown): { settings: Settings } | { problems: SettingsProblem[] } {
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
    else
      v.userRules.forEach((r, i) => {
        const rule = r as Partial<UserRule> | null;
        if (!rule || typeof rule.pattern !== 'string' || typeof rule.regex !== 'boolean') {
          problems.push({ path: `userRules[${i}]`, message: 'needs "pattern" (text) and "regex" (true/false)' });
          return;
        }
        const error = userRuleError(rule as UserRule);
        if (error) problems.push({ path: `userRules[${i}]`, message: error });
        else out.userRules.push({ pattern: rule.pattern, regex: rule.regex });
      });
  }
  return problems.length ? { problems } : { settings: out };
}

/** Why a user rule cannot be used, or undefined when it can. */
export function userRuleError(rule: UserRule): string | undefined {
  if (rule.pattern.trim() === '') return 'empty pattern';
  if (rule.pattern.length > 500) return 'pattern longer than 500 characters';
  if (!rule.regex) return undefined;
  try {
    const re = new RegExp(rule.pattern, 'u');
    if (re.test('')) return 'pattern matches empty text';
  } catch (e) {
    return `not a valid regular expression: ${(e as Error).message}`;
  }
  return undefined;
}

/** Whether auto-clean is off for this host (a listed domain covers its subdomains). */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return settings.disabledSites.some((d) => h === d || h.endsWith('.' + d));
}
