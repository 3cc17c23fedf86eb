import type { DifferenceKind } from '../lib/model';
import { kindHelp, kindLabel } from '../lib/ui/kinds';
import './KindBadge.css';

export type KindBadgeProps = { kind: DifferenceKind };

/** A difference kind as a small labelled badge; its colour repeats the chip marks of that kind. */
export function KindBadge({ kind }: KindBadgeProps) {
  return (
    <span class={`px-kind px-kind--${kind}`} title={kindHelp(kind)}>
      {kindLabel(kind)}
    </span>
  );
}
