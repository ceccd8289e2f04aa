import type { ComponentChildren, VNode } from 'preact';

/** A rendered element: tag, attributes and children, with every function component called. */
export interface El {
  tag: string;
  props: Record<string, unknown>;
  children: (El | string)[];
}

/**
 * Renders a Preact tree to plain data without a DOM, calling function components (hooks-free
 * ones only) so that every expression in them runs, as it would in the browser.
 */
export function resolve(node: ComponentChildren): (El | string)[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return [String(node)];
  if (Array.isArray(node)) return node.flatMap((n: ComponentChildren) => resolve(n));
  const vnode = node as VNode<Record<string, unknown>>;
  const { children, ...props } = vnode.props as Record<string, unknown> & { children?: ComponentChildren };
  if (typeof vnode.type === 'function') return resolve((vnode.type as (p: unknown) => ComponentChildren)(vnode.props));
  return [{ tag: String(vnode.type), props, children: resolve(children) }];
}

export const textOf = (n: El | string): string => (typeof n === 'string' ? n : n.children.map(textOf).join(''));

export function findAll(nodes: (El | string)[], test: (el: El) => boolean): El[] {
  const found: El[] = [];
  const walk = (n: El | string) => {
    if (typeof n === 'string') return;
    if (test(n)) found.push(n);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return found;
}
