import type { Source } from '@/lib/settings';
import { STARTER_OUTLETS, sourceFromStarter, type StarterOutlet } from '@/lib/sources/starter-list';
import { t } from '@/lib/ui/i18n';
import { regionName } from '@/lib/ui/region-name';

export interface Props {
  sources: Source[];
  onAdd: (source: Source) => void;
  onRemove: (source: Source) => void;
}

/** Well-known outlets to tick: ticking adds the outlet as a source (and asks for its access), unticking removes it. */
export function StarterList({ sources, onAdd, onRemove }: Props) {
  const added = (outlet: StarterOutlet) => sources.find((s) => s.id === sourceFromStarter(outlet).id);
  return (
    <fieldset class="px-starter">
      <legend>{t('starterTitle')}</legend>
      <p class="px-muted">{t('starterIntro')}</p>
      <ul class="px-starter-list">
        {STARTER_OUTLETS.map((outlet) => {
          const source = added(outlet);
          const id = `starter-${outlet.key}`;
          const country = regionName(outlet.region);
          return (
            <li key={outlet.key}>
              <input id={id} type="checkbox" checked={!!source} onChange={(e) => (e.currentTarget.checked ? onAdd(sourceFromStarter(outlet)) : source && onRemove(source))} />
              <label for={id}>
                {outlet.name} <span class="px-muted">({outlet.feeds.length ? country : t('starterNoFeed', [country])})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
