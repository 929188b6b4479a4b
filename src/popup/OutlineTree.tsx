// The outline as nested lists. Each heading with sub-headings has a plain toggle button
// (aria-expanded), so Tab and Enter work with no extra code; arrow keys are a shortcut on top:
// Up/Down move between toggles, Left folds, Right unfolds.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OutlineNode } from './outline-tree';

export interface OutlineTreeProps {
  nodes: OutlineNode[];
  maxDepth: number;
  /** prefix for element ids, so two trees on one page do not clash */
  idPrefix?: string;
}

export function OutlineTree({ nodes, maxDepth, idPrefix = 'outline' }: OutlineTreeProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number, open?: boolean) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      const shouldOpen = open ?? next.has(index);
      if (shouldOpen) next.delete(index);
      else next.add(index);
      return next;
    });

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches('button.outline-toggle')) return;
    const index = Number(target.dataset.index);
    if (event.key === 'ArrowLeft') toggle(index, false);
    else if (event.key === 'ArrowRight') toggle(index, true);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const toggles = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.outline-toggle')];
      const next = toggles[toggles.indexOf(target as HTMLButtonElement) + (event.key === 'ArrowDown' ? 1 : -1)];
      next?.focus();
    } else return;
    event.preventDefault();
  };

  const visible = (list: OutlineNode[]) => list.filter((n) => n.item.level <= maxDepth);

  const branch = (node: OutlineNode): JSX.Element => {
    const children = visible(node.children);
    const open = !collapsed.has(node.index);
    const childrenId = `${idPrefix}-${node.index}`;
    return (
      <li key={node.index} class={`outline-item level-${Math.min(node.item.level, 4)}`}>
        <div class="outline-row">
          {children.length > 0 ? (
            <button
              type="button"
              class="outline-toggle"
              data-index={node.index}
              aria-expanded={open}
              aria-controls={childrenId}
              aria-label={t(open ? 'popupCollapseItem' : 'popupExpandItem', node.item.marker + node.item.text)}
              onClick={() => toggle(node.index)}
            >
              <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            </button>
          ) : (
            <span class="outline-toggle-space" aria-hidden="true" />
          )}
          <span class="outline-marker">{node.item.marker}</span>
          <span class="outline-text">{node.item.text}</span>
        </div>
        {children.length > 0 && (
          <ul id={childrenId} class="outline-children" hidden={!open}>
            {children.map(branch)}
          </ul>
        )}
      </li>
    );
  };

  return (
    <ul class="outline-tree" onKeyDown={onKeyDown}>
      {visible(nodes).map(branch)}
    </ul>
  );
}
