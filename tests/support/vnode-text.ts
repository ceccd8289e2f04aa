import { parseHTML } from 'linkedom';
import { type ComponentChildren, render, type VNode } from 'preact';

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

/** Preact's own fields on a rendered vnode (mangled names, stable within Preact 10). */
interface RenderedVNode {
  type: unknown;
  props: unknown;
  __k?: (RenderedVNode | null)[] | null;
}

function fromRendered(vnode: RenderedVNode | null | undefined): (El | string)[] {
  if (!vnode) return [];
  if (vnode.type === null) return [String(vnode.props)];
  const children = (vnode.__k ?? []).flatMap(fromRendered);
  if (typeof vnode.type !== 'string') return children;
  const { children: _, ...props } = vnode.props as Record<string, unknown>;
  return [{ tag: vnode.type, props, children }];
}

/**
 * Renders with Preact itself into a linkedom document, so hooks and context work (`resolve` calls
 * components as plain functions), and returns the same plain data as `resolve`.
 */
export function renderTree(node: VNode): (El | string)[] {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const global = globalThis as { document?: unknown };
  const previous = global.document;
  global.document = document;
  try {
    const container = document.body as unknown as Element & { __k?: RenderedVNode };
    render(node, container);
    const tree = fromRendered(container.__k);
    render(null, container);
    return tree;
  } finally {
    global.document = previous;
  }
}
