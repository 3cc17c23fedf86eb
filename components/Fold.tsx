import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import './Fold.css';

export type FoldProps = {
  /** The button's text, e.g. "6 figures agree". */
  label: string;
  open?: boolean;
  children: ComponentChildren;
};

/**
 * Items folded away but one click (or Enter) from view. The children are rendered only when open,
 * so fifty agreeing items cost nothing until asked for.
 */
export function Fold({ label, open = false, children }: FoldProps) {
  const [shown, setShown] = useState(open);
  const id = useId();
  return (
    <div class="px-fold">
      <button type="button" class="px-fold__toggle" aria-expanded={shown} aria-controls={id} onClick={() => setShown(!shown)}>
        <span aria-hidden="true" class="px-fold__arrow">{shown ? '▾' : '▸'}</span> {label}
      </button>
      <div id={id} hidden={!shown}>
        {shown && children}
      </div>
    </div>
  );
}
