import { t } from '@/lib/ui/i18n';

/** What is captured, where it goes (nowhere), and what is fetched: plain words for the reader. */
export function PrivacyNote() {
  return (
    <section class="px-privacy" aria-labelledby="px-privacy-title">
      <h2 id="px-privacy-title">{t('privacyTitle')}</h2>
      <ul>
        <li>{t('privacyReads')}</li>
        <li>{t('privacyLocal')}</li>
        <li>{t('privacyRequests', [t('checkFeedsNow')])}</li>
        <li>{t('privacyAccess')}</li>
      </ul>
    </section>
  );
}
