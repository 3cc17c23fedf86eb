import type { FigureChipModel } from '../lib/ui/figure-chips';
import type { ChipPart } from '../lib/ui/figure-chips';
import { formatHedge, formatTime, formatValue } from '../lib/ui/format';
import { t } from '../lib/ui/i18n';
import { usePanelActions } from './PanelActions';
import { EvidenceButton } from './EvidenceButton';
import './FigureChip.css';

export type FigureChipProps = {
  chip: FigureChipModel;
  /** The chip of the page being read (its evidence is highlighted in place, not opened). */
  reading: boolean;
};

/**
 * One outlet's version of a figure: its value, hedge, source and verb, with the parts that differ
 * marked (in colour and in words). Activating it shows the evidence sentence.
 */
export function FigureChip({ chip, reading }: FigureChipProps) {
  const actions = usePanelActions();
  const { mention, report, marks } = chip;
  const part = (name: ChipPart, text: string) =>
    marks.includes(name) ? (
      <mark class={`px-chip__diff px-chip__diff--${name}`}>
        {text}
        <span class="px-sr-only"> ({t('differsHere')})</span>
      </mark>
    ) : (
      text
    );
  const hedge = formatHedge(mention);
  const said = mention.source || mention.cue;
  const published = formatTime(report.publishedAt, actions.locale);
  return (
    <li class={`px-chip${marks.length ? ' px-chip--differs' : ''}`}>
      <EvidenceButton
        evidence={mention}
        reading={reading}
        class="px-chip__button"
        title={chip.alike.length ? `${t('sameVersion')}: ${chip.alike.map((r) => r.outlet).join(', ')}` : undefined}
      >
        <span class="px-chip__outlet">
          {report.outlet}
          {reading && <span class="px-chip__reading"> ({t('thisPage')})</span>}
          {chip.alike.length > 0 && <span class="px-chip__reading"> {t('andOthers', [chip.alike.length])}</span>}
        </span>{' '}
        <span class="px-chip__value">
          {hedge && <>{part('hedge', hedge)} </>}
          {part('value', formatValue(mention, actions.locale))}
          {chip.more > 0 && <span class="px-muted"> +{chip.more}</span>}
          {mention.stale && (
            <span class="px-chip__stale" title={t('staleHelp')}>
              {' '}
              ({t('staleMention')})
            </span>
          )}
        </span>{' '}
        {said && (
          <span class="px-chip__said px-muted">
            {mention.source ? part('source', mention.source) : part('source', t('noSource'))}
            {mention.cue && <> · {part('cue', mention.cue)}</>}
          </span>
        )}
        {!said && marks.includes('source') && <span class="px-chip__said">{part('source', t('noSource'))}</span>}
        {marks.includes('term') && <span class="px-chip__term"> {part('term', mention.what)}</span>}
        <span class="px-sr-only">, {published}</span>
      </EvidenceButton>
    </li>
  );
}
