import { beforeEach, describe, expect, it } from 'vitest';
import { TusDb } from '../../../lib/db/database';
import { KeyedError } from '../../../lib/i18n/message';
import { pileOf } from '../../../lib/session/cards';
import {
  addOwnCard,
  OWN_CARD_MAX_TEXT,
  OWN_CARDS_MAX,
  ownCardsKey,
  ownCardsOf,
  ownCardsOfCycle,
  removeOwnCard,
  updateOwnCard,
} from '../../../lib/session/custom-cards';

let db: TusDb;
beforeEach(() => {
  db = new TusDb(`own-cards-${crypto.randomUUID()}`);
});

const keyOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof KeyedError ? error.key : error;
};

describe('the team’s own cards', () => {
  it('adds, edits and removes cards per team, trimmed, in the order added', async () => {
    const a = await addOwnCard(db, 't1', { kind: 'dialog', text: '  Hvad   giver os energi? ', field: 'opgaver' }, 10, 'a');
    await addOwnCard(db, 't1', { kind: 'exercise', text: 'Walk and talk', field: 'borgere' }, 11, 'b');
    await addOwnCard(db, 't2', { kind: 'dialog', text: 'Et andet team', field: null }, 12, 'c');
    expect(a).toEqual({ id: 'own-a', kind: 'dialog', text: 'Hvad giver os energi?', field: 'opgaver', createdAt: 10 });
    // An exercise has no wheel field.
    expect(await ownCardsOf(db, 't1')).toEqual([a, { id: 'own-b', kind: 'exercise', text: 'Walk and talk', field: null, createdAt: 11 }]);

    await updateOwnCard(db, 't1', 'own-a', { kind: 'dialog', text: 'Hvad giver os mest energi?', field: null });
    expect((await ownCardsOf(db, 't1'))[0]).toEqual({ ...a, text: 'Hvad giver os mest energi?', field: null });
    await removeOwnCard(db, 't1', 'own-b');
    expect((await ownCardsOf(db, 't1')).map((c) => c.id)).toEqual(['own-a']);
    expect((await ownCardsOf(db, 't2')).map((c) => c.id)).toEqual(['own-c']);
  });

  it('refuses an empty or too long text, an unknown card and the 101st card, and writes nothing then', async () => {
    expect(await keyOf(addOwnCard(db, 't', { kind: 'dialog', text: '   ', field: null }, 1, 'x'))).toBe('cards.error.empty');
    const long = 'x'.repeat(OWN_CARD_MAX_TEXT + 1);
    expect(await keyOf(addOwnCard(db, 't', { kind: 'exercise', text: long, field: null }, 1, 'x'))).toBe('cards.error.tooLong');
    expect(await db.settings.get(ownCardsKey('t'))).toBeUndefined();
    expect(await keyOf(updateOwnCard(db, 't', 'own-nope', { kind: 'dialog', text: 'Ny', field: null }))).toBe('cards.error.notFound');
    expect(await keyOf(removeOwnCard(db, 't', 'own-nope'))).toBe('cards.error.notFound');
    for (let i = 0; i < OWN_CARDS_MAX; i++) await addOwnCard(db, 't', { kind: 'exercise', text: `Øvelse ${i}`, field: null }, i, `n${i}`);
    expect(await keyOf(addOwnCard(db, 't', { kind: 'exercise', text: 'En for meget', field: null }, 1, 'z'))).toBe('cards.error.tooMany');
    expect(await ownCardsOf(db, 't')).toHaveLength(OWN_CARDS_MAX);
  });

  it('drops a stored card that does not fit (changed by hand) and keeps the rest', async () => {
    const good = { id: 'own-1', kind: 'dialog', field: 'borgere', text: 'Godt kort', createdAt: 1 };
    await db.settings.put({
      key: ownCardsKey('t'),
      value: [
        good,
        { id: 'blank-2', kind: 'dialog', field: null, text: 'Ligner et blankt kort', createdAt: 1 },
        { id: 'own-3', kind: 'x' },
      ],
    });
    expect(await ownCardsOf(db, 't')).toEqual([good]);
    await db.settings.put({ key: ownCardsKey('u'), value: 'ikke en liste' });
    expect(await ownCardsOf(db, 'u')).toEqual([]);
  });

  it('finds the cards through the cycle’s team', async () => {
    await db.cycles.put({ id: 'c', teamId: 't', variant: 'tus', createdAt: 0, open: 1, cache: null } as never);
    await addOwnCard(db, 't', { kind: 'exercise', text: 'Øvelse', field: null }, 1, 'e');
    expect((await ownCardsOfCycle(db, 'c')).map((c) => c.id)).toEqual(['own-e']);
    expect(await ownCardsOfCycle(db, 'nope')).toEqual([]);
  });

  it('puts own cards in the pile: exercises always, a dialog card in its field or, without one, in every field', () => {
    const own = [
      { id: 'own-any', kind: 'dialog' as const, field: null, text: 'Alle felter' },
      { id: 'own-opg', kind: 'dialog' as const, field: 'opgaver' as const, text: 'Opgaver' },
      { id: 'own-ex', kind: 'exercise' as const, field: null, text: 'Øvelse' },
    ];
    const ids = (kind: 'dialog' | 'exercise', field: 'opgaver' | 'borgere' | null) =>
      pileOf(kind, field, own)
        .map((c) => c.id)
        .filter((id) => id.startsWith('own-'));
    expect(ids('dialog', 'opgaver')).toEqual(['own-any', 'own-opg']);
    expect(ids('dialog', 'borgere')).toEqual(['own-any']);
    expect(ids('dialog', null)).toEqual(['own-any', 'own-opg']);
    expect(ids('exercise', 'borgere')).toEqual(['own-ex']);
    // The built-in piles are as before.
    expect(pileOf('dialog', 'borgere').map((c) => c.id)).toEqual(['borgere-1', 'borgere-2']);
  });
});
