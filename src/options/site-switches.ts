// Per-site auto-clean switches over settings.disabledSites. A listed domain covers its
// subdomains (isSiteDisabled), so switching a site back on also clears entries for its
// subdomains that the in-page "本站不再自动净化" button may have added.
import { TEMPLATE_SITES } from '../core/rules/sites';
import type { Settings } from '../shared/settings';

export function setSiteEnabled(settings: Settings, domain: string, enabled: boolean): Settings {
  const d = domain.toLowerCase();
  const others = settings.disabledSites.filter((s) => s !== d && !s.endsWith('.' + d));
  return { ...settings, disabledSites: enabled ? others : [...others, d] };
}

export function removeDisabledSite(settings: Settings, host: string): Settings {
  return { ...settings, disabledSites: settings.disabledSites.filter((s) => s !== host) };
}

/** Switched-off hosts that are not exactly a known template domain (subdomains, other sites). */
export function otherDisabledSites(settings: Settings): string[] {
  const known = new Set(TEMPLATE_SITES.map((s) => s.domain));
  return settings.disabledSites.filter((s) => !known.has(s));
}
