// "在所有网站上检测": asks for access to all sites only when the user turns it on, and gives
// the access back when they turn it off (least privilege; the extension works without it).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import type { AllSitesPermission } from './all-sites-permission';
import type { UpdateSettings } from './OptionsApp';

export interface DetectEverywhereSectionProps {
  settings: Settings;
  update: UpdateSettings;
  permission: AllSitesPermission;
}

export function DetectEverywhereSection({ settings, update, permission }: DetectEverywhereSectionProps) {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void permission.granted().then(setGranted, () => setGranted(false));
  }, [permission]);

  const on = settings.detectEverywhere && granted === true;
  // the user (or the browser) can take the permission back outside this page
  const revoked = settings.detectEverywhere && granted === false;

  const onClick = (event: JSX.TargetedMouseEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    if (input.checked) {
      // called synchronously in the click: browsers grant optional permissions only from a gesture
      permission.request().then(
        (ok) => {
          input.checked = ok; // a controlled checkbox whose state did not change is not re-rendered
          setGranted(ok);
          setMessage(ok ? '' : t('optionsPermissionRefused'));
          if (ok) void update((s) => ({ ...s, detectEverywhere: true }));
        },
        (error: unknown) => {
          input.checked = false;
          setMessage(t('optionsPermissionFailed', String(error)));
        },
      );
    } else {
      setMessage('');
      void update((s) => ({ ...s, detectEverywhere: false }));
      void permission.remove().then(
        (removed) => setGranted(!removed),
        () => undefined,
      );
    }
  };

  return (
    <section class="card" aria-labelledby="everywhere-heading">
      <h2 id="everywhere-heading">{t('optionsDetectEverywhereHeading')}</h2>
      <label class="switch-row">
        <input type="checkbox" checked={on} disabled={granted === undefined} onClick={onClick} />
        <span>{t('optionsDetectEverywhereLabel')}</span>
      </label>
      <p class="hint">{t('optionsDetectEverywhereHint')}</p>
      {revoked && <p class="warning">{t('optionsPermissionRevoked')}</p>}
      {message && (
        <p class="warning" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
