// The one network request Qinggao makes: the pages of 合并全部 N 页, on the user's click only
// (src/content/pagination/page-fetch.ts). Said here and in the README's privacy section.
import { t } from '../shared/i18n';

export function NetworkSection() {
  return (
    <section class="card" aria-labelledby="network-heading">
      <h2 id="network-heading">{t('optionsNetworkTitle')}</h2>
      <p class="hint">{t('optionsNetworkNote')}</p>
    </section>
  );
}
