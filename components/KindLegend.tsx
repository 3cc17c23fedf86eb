import type { DifferenceKind } from '../lib/model';
import { DIFFERENCE_KINDS } from '../lib/ui/view-model';
import { kindHelp } from '../lib/ui/kinds';
import { t } from '../lib/ui/i18n';
import { KindBadge } from './KindBadge';
import { Fold } from './Fold';

export type KindLegendProps = {
  /** Kinds to explain; all kinds when absent. */
  kinds?: readonly DifferenceKind[];
  open?: boolean;
};

/** What each mark means, in words (colour is never the only signal). */
export function KindLegend({ kinds = DIFFERENCE_KINDS, open = false }: KindLegendProps) {
  if (kinds.length === 0) return null;
  return (
    <Fold label={t('legendLabel')} open={open}>
      <dl class="px-legend">
        {kinds.map((kind) => (
          <div key={kind} class="px-legend__entry">
            <dt>
              <KindBadge kind={kind} />
            </dt>
            <dd>{kindHelp(kind)}</dd>
          </div>
        ))}
      </dl>
    </Fold>
  );
}
