import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Comparison } from '../../lib/model';
import { Panel } from '../../components/Panel';
import { createPanelActions } from '../../lib/ui/actions';
import { downloadText } from '../../lib/ui/browser-effects';
import type { Transport } from '../../lib/ui/transport';
import { t } from '../../lib/ui/i18n';
import { differenceCounts } from '../../lib/ui/view-model';
import { demoComparison } from './demo';
import './welcome.css';

/** The demo has no tab: nothing is sent to the background from this page. */
const NO_TRANSPORT: Transport = {
  send: () => Promise.reject(new Error('The demo has no tab.')),
  connect: () => () => {},
};

/** First-run page: what Parallax does, and the real panel on two bundled demo reports. */
export function App() {
  const [demo, setDemo] = useState<{ comparison: Comparison; readingId: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    document.title = t('welcomeTitle');
    // After the first paint: the analysis takes a moment and the welcome text should not wait.
    const timer = setTimeout(() => {
      try {
        setDemo(demoComparison());
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  const actions = useMemo(
    () =>
      createPanelActions(
        {
          transport: NO_TRANSPORT,
          openUrl: () => {}, // the demo addresses are placeholders, not real pages
          copyText: (text) => navigator.clipboard.writeText(text),
          download: downloadText,
          openOptions: () => void browser.runtime.openOptionsPage(),
          locale: navigator.language || 'en',
        },
        () => ({ tabId: null, readingId: demo?.readingId ?? null, comparison: demo?.comparison ?? null }),
      ),
    [demo],
  );
  const state = demo && {
    status: 'article' as const,
    url: null,
    reportId: demo.readingId,
    comparison: demo.comparison,
    differences: differenceCounts(demo.comparison).total,
    gathering: null,
  };
  return (
    <div class="px-welcome">
      <header class="px-welcome__intro">
        <h1>{t('welcomeTitle')}</h1>
        <p>{t('welcomeIntro')}</p>
        <p>{t('welcomeSteps')}</p>
        <button type="button" class="px-button px-button--primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeOptions')}
        </button>
        <p>{t('welcomeDemo')}</p>
      </header>
      <section class="px-welcome__demo" aria-label={t('welcomeDemo')}>
        {failure ? (
          <p role="alert">{t('demoFailed', [failure])}</p>
        ) : state ? (
          <Panel snapshot={{ tab: null, state, pending: false, failure: null }} actions={actions} />
        ) : (
          <p role="status">{t('demoLoading')}</p>
        )}
      </section>
    </div>
  );
}
