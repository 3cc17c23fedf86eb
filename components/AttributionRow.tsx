import { useId } from 'preact/hooks';
import type { AttributionItem, AttributionMention, ReportRef } from '../lib/model';
import { coverage } from '../lib/ui/view-model';
import { groupAlike } from '../lib/ui/group';
import { closestQuote, quotesOf } from '../lib/ui/quotes';
import { stanceLabel } from '../lib/ui/format';
import { outletList } from '../lib/ui/outlets';
import { t } from '../lib/ui/i18n';
import { KindBadge } from './KindBadge';
import { isDifference } from '../lib/ui/view-model';
import { QuoteDiff } from './QuoteDiff';
import { CopyCitation } from './CopyCitation';
import { EvidenceButton } from './EvidenceButton';
import './Row.css';
import './AttributionRow.css';

export type AttributionRowProps = {
  item: AttributionItem;
  reports: readonly ReportRef[];
  readingId: string | null;
};

/**
 * One source: each outlet's reporting verbs coloured by stance (and named), and its quoted words
 * against the reader's outlet's, diffed word by word.
 */
export function AttributionRow({ item, reports, readingId }: AttributionRowProps) {
  const headingId = useId();
  const { present, missing } = coverage(item.mentions, reports);
  const groups = groupAlike(present, (mentions) => mentions.map((m) => `${m.cue.toLowerCase()}|${m.stance}|${quotesOf(m).join('|')}`).join('/'));
  const references = item.mentions.filter((m) => m.report === readingId).flatMap(quotesOf);
  const evidence = item.mentions.find((m) => m.report === readingId) ?? item.mentions[0];
  return (
    <li class="px-row" tabIndex={0} data-row aria-labelledby={headingId}>
      <div class="px-row__head">
        <h3 id={headingId} class="px-row__title" dir="auto">{item.entity}</h3>
        {isDifference(item, reports.length) && item.kinds.map((kind) => <KindBadge key={kind} kind={kind} />)}
      </div>
      <ul class="px-attr__outlets" aria-label={t('outletsFor', [item.entity])}>
        {groups.map(({ report, mentions, alike }) => (
          <li key={report.id} class="px-attr__outlet">
            <span class="px-attr__name" title={alike.length ? `${t('sameVersion')}: ${alike.map((r) => r.outlet).join(', ')}` : undefined}>
              {report.outlet}
              {report.id === readingId && <span class="px-muted"> ({t('thisPage')})</span>}
              {alike.length > 0 && <span class="px-muted"> {t('andOthers', [alike.length])}</span>}
            </span>
            <ul class="px-attr__mentions">
              {mentions.map((m, i) => (
                <Mention key={i} mention={m} references={report.id === readingId ? [] : references} reading={report.id === readingId} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {missing.length > 0 && present.length > 0 && <p class="px-row__missing">{t('notCitedBy', [outletList(missing)])}</p>}
      {evidence && (
        <p class="px-row__evidence">
          <CopyCitation evidence={evidence} subject={item.entity} />
        </p>
      )}
    </li>
  );
}

/** One reporting verb and its quoted passages, each diffed against the reader's closest quote. */
function Mention({ mention, references, reading }: { mention: AttributionMention; references: string[]; reading: boolean }) {
  return (
    <li>
      <EvidenceButton evidence={mention} reading={reading} class="px-attr__mention">
        <span class={`px-verb px-verb--${mention.stance}`}>
          {mention.cue} <span class="px-verb__stance">({stanceLabel(mention.stance)})</span>
        </span>
        {quotesOf(mention).map((quote, i) => {
          const reference = closestQuote(quote, references);
          return (
            <span key={i}>
              {' '}
              {reference ? <QuoteDiff reference={reference} quote={quote} /> : <q dir="auto">{quote}</q>}
            </span>
          );
        })}
      </EvidenceButton>
    </li>
  );
}
