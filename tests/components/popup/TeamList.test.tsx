import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext, translator } from '../../../components/hooks/use-t';
import { TeamList } from '../../../components/popup/TeamList';
import type { PopupItem } from '../../../lib/cycles/team-steps';
import { formatDate } from '../../../lib/i18n';

const DUE = Date.UTC(2027, 2, 10, 12);
const ITEMS: PopupItem[] = [
  { teamId: 't1', teamName: 'Hjemmeplejen <Nord>', cycleId: 'c1', step: { action: 'collectConsent', count: 3, dueAt: DUE, overdue: true } },
  { teamId: 't2', teamName: 'Sagsbehandlerne', cycleId: 'c2', step: { action: 'prepareSession', dueAt: DUE, overdue: false } },
  {
    teamId: 't3',
    teamName: 'Køkkenet',
    cycleId: null,
    step: { action: 'startCycle', dueAt: null, overdue: true },
    ikuDue: { dueAt: null, isOverdue: true },
  },
  { teamId: 't4', teamName: 'Rengøringen', cycleId: 'c4', step: { action: 'none', dueAt: null, overdue: false } },
];

/**
 * linkedom calls a listener with `this` as the event's target, where a browser gives the element
 * listening (currentTarget); Preact's listener reads its handlers from `this`, so a click that
 * bubbles to the list would reach none. Wrapped here to call as a browser does.
 */
function listenLikeABrowser(target: object) {
  let proto = target;
  while (!Object.hasOwn(proto, 'addEventListener')) proto = Object.getPrototypeOf(proto);
  type Listen = (this: unknown, type: string, listener: unknown, options?: unknown) => void;
  const { addEventListener: add, removeEventListener: remove } = proto as { addEventListener: Listen; removeEventListener: Listen };
  const wrapped = new WeakMap<object, (event: Event) => unknown>();
  const wrap = (listener: unknown) => {
    if (typeof listener !== 'function') return listener;
    if (!wrapped.has(listener)) wrapped.set(listener, (event: Event) => listener.call(event.currentTarget, event));
    return wrapped.get(listener);
  };
  Object.assign(proto, {
    addEventListener(this: unknown, type: string, listener: unknown, options?: unknown) {
      add.call(this, type, wrap(listener), options);
    },
    removeEventListener(this: unknown, type: string, listener: unknown) {
      remove.call(this, type, wrap(listener));
    },
  });
}

listenLikeABrowser(parseHTML('<html><body></body></html>').document.body);

let document: Document;
let previous: unknown;
beforeEach(() => {
  document = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  previous = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = document;
});
afterEach(() => {
  render(null, document.body);
  (globalThis as { document?: unknown }).document = previous;
});

const click = () => new (document.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true });

const show = (items: PopupItem[], onAction: (item: PopupItem) => void = () => {}) =>
  render(
    <LocaleContext.Provider value={translator('da')}>
      <TeamList items={items} onAction={onAction} />
    </LocaleContext.Provider>,
    document.body,
  );

/** Each row as the leader reads it: team, step, due line, the button's text and accessible name. */
const rows = () =>
  [...document.querySelectorAll('li.team')].map((li) => ({
    team: li.getAttribute('data-team-id'),
    overdue: li.classList.contains('overdue'),
    name: li.querySelector('.team-name')?.textContent,
    step: li.querySelector('.step-label')?.textContent,
    due: li.querySelector('.due')?.textContent ?? null,
    mark: li.querySelector('.due strong.overdue-mark')?.textContent ?? null,
    button: li.querySelector('button') && [li.querySelector('button')?.textContent, li.querySelector('button')?.getAttribute('aria-label')],
  }));

describe('TeamList', () => {
  it('renders every row as text, with the due line, the overdue mark and the button named by its step and team', () => {
    show(ITEMS);
    const date = formatDate(DUE, 'da');
    expect(rows()).toEqual([
      {
        team: 't1',
        overdue: true,
        name: 'Hjemmeplejen <Nord>',
        step: 'Indhent skriftligt samtykke (3 mangler)',
        due: `Frist ${date} · Overskredet`,
        mark: ' · Overskredet',
        button: ['Gør det', 'Indhent skriftligt samtykke (3 mangler): Hjemmeplejen <Nord>'],
      },
      {
        team: 't2',
        overdue: false,
        name: 'Sagsbehandlerne',
        step: 'Forbered samtalen',
        due: `Frist ${date}`,
        mark: null,
        button: ['Gør det', 'Forbered samtalen: Sagsbehandlerne'],
      },
      {
        team: 't3',
        overdue: true,
        name: 'Køkkenet',
        step: 'Start næste TUS med IKU',
        due: 'Ingen godkendt IKU det seneste år',
        mark: 'Ingen godkendt IKU det seneste år',
        button: ['Gør det', 'Start næste TUS med IKU: Køkkenet'],
      },
      { team: 't4', overdue: false, name: 'Rengøringen', step: 'Intet at gøre', due: null, mark: null, button: null },
    ]);
    // A name is text, never markup.
    expect(document.querySelector('.team-name')?.children.length).toBe(0);
    // Only the first row is the benchmark's Element Timing mark.
    expect([...document.querySelectorAll('[elementtiming]')].map((e) => e.getAttribute('elementtiming'))).toEqual(['popup-list']);
  });

  it('acts on the row whose button was clicked, and on nothing for a click beside the buttons', () => {
    const onAction = vi.fn();
    show(ITEMS, onAction);
    const button = (teamId: string) => document.querySelector(`li[data-team-id="${teamId}"] button`)!;
    button('t2').dispatchEvent(click());
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction.mock.calls[0]?.[0]).toBe(ITEMS[1]);
    document.querySelector('li[data-team-id="t1"] .team-name')!.dispatchEvent(click());
    expect(onAction).toHaveBeenCalledTimes(1);
    // After a live update the click acts on the row as it is now.
    const moved = [ITEMS[1]!, { ...ITEMS[0]!, step: { ...ITEMS[0]!.step, count: 1 } }];
    show(moved, onAction);
    button('t1').dispatchEvent(click());
    expect(onAction.mock.calls[1]?.[0]).toBe(moved[1]);
  });

  it('shows a row as it is after a live update: overdue and back, a date gained and lost', () => {
    show(ITEMS);
    const before = rows();
    const changed: PopupItem[] = [
      { ...ITEMS[0]!, step: { ...ITEMS[0]!.step, overdue: false, count: 2 } },
      { ...ITEMS[1]!, step: { ...ITEMS[1]!.step, overdue: true } },
      { ...ITEMS[2]!, step: { action: 'startCycle', dueAt: DUE, overdue: false }, ikuDue: { dueAt: DUE, isOverdue: false } },
      { ...ITEMS[3]!, step: { action: 'closeCycle', dueAt: null, overdue: true } },
    ];
    show(changed);
    const date = formatDate(DUE, 'da');
    expect(rows().map(({ team, overdue, step, due, mark }) => ({ team, overdue, step, due, mark }))).toEqual([
      { team: 't1', overdue: false, step: 'Indhent skriftligt samtykke (2 mangler)', due: `Frist ${date}`, mark: null },
      { team: 't2', overdue: true, step: 'Forbered samtalen', due: `Frist ${date} · Overskredet`, mark: ' · Overskredet' },
      { team: 't3', overdue: false, step: 'Start næste TUS med IKU', due: `Frist ${date}`, mark: null },
      {
        team: 't4',
        overdue: true,
        step: 'Afslut forløbet',
        due: 'Ingen godkendt IKU det seneste år',
        mark: 'Ingen godkendt IKU det seneste år',
      },
    ]);
    show(ITEMS);
    expect(rows()).toEqual(before);
  });
});
