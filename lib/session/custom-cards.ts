// The team's own dialog and exercise cards (the seed's blank card, kept for the next session):
// one settings row per team, each write one transaction that reads, checks and writes the list.
import * as v from 'valibot';
import type { TusDb } from '../db/database';
import { KeyedError } from '../i18n/message';
import { type Card, type FieldId, WHEEL } from './cards';

export interface OwnCard extends Card {
  /** `own-…`, never `blank-…`: the machine treats blank cards as drawable again. */
  id: string;
  createdAt: number;
}

/** What the editor sends: the card's words, its kind, and for a dialog card its wheel field (null: any). */
export interface OwnCardDraft {
  kind: Card['kind'];
  text: string;
  field: FieldId | null;
}

export const OWN_CARD_MAX_TEXT = 300;
export const OWN_CARDS_MAX = 100;
export const OWN_CARD_PREFIX = 'own-';

const FIELD_IDS = WHEEL.map((f) => f.id) as [FieldId, ...FieldId[]];
const StoredCard = v.object({
  id: v.pipe(v.string(), v.startsWith(OWN_CARD_PREFIX), v.maxLength(100)),
  kind: v.picklist(['dialog', 'exercise']),
  field: v.nullable(v.picklist(FIELD_IDS)),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(OWN_CARD_MAX_TEXT)),
  createdAt: v.number(),
});

export const ownCardsKey = (teamId: string) => `cards:${teamId}`;

/** The stored list, each card checked: a row changed by hand (or a bad restore) loses its bad cards, not the rest. */
function parse(value: unknown): OwnCard[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c) => {
    const r = v.safeParse(StoredCard, c);
    return r.success ? [r.output] : [];
  });
}

export async function ownCardsOf(db: TusDb, teamId: string): Promise<OwnCard[]> {
  return parse((await db.settings.get(ownCardsKey(teamId)))?.value);
}

/** The own cards of the cycle's team (the session knows its cycle, not its team). */
export async function ownCardsOfCycle(db: TusDb, cycleId: string): Promise<OwnCard[]> {
  const cycle = await db.cycles.get(cycleId);
  return cycle ? ownCardsOf(db, cycle.teamId) : [];
}

/** The draft as stored: words trimmed, a field only on a dialog card; refused when empty or too long. */
function checked(draft: OwnCardDraft): OwnCardDraft {
  const text = draft.text.trim().replace(/\s+/g, ' ');
  if (!text) throw new KeyedError('cards.error.empty');
  if (text.length > OWN_CARD_MAX_TEXT) throw new KeyedError('cards.error.tooLong', { max: OWN_CARD_MAX_TEXT });
  if (draft.kind !== 'dialog' && draft.kind !== 'exercise') throw new KeyedError('cards.error.kind');
  const field = draft.kind === 'dialog' && draft.field && FIELD_IDS.includes(draft.field) ? draft.field : null;
  return { kind: draft.kind, text, field };
}

async function write(db: TusDb, teamId: string, change: (cards: OwnCard[]) => OwnCard[]): Promise<OwnCard[]> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(await ownCardsOf(db, teamId));
    await db.settings.put({ key: ownCardsKey(teamId), value: next });
    return next;
  });
}

export async function addOwnCard(db: TusDb, teamId: string, draft: OwnCardDraft, now: number, uuid: string): Promise<OwnCard> {
  const card: OwnCard = { id: `${OWN_CARD_PREFIX}${uuid}`, ...checked(draft), createdAt: now };
  await write(db, teamId, (cards) => {
    if (cards.length >= OWN_CARDS_MAX) throw new KeyedError('cards.error.tooMany', { max: OWN_CARDS_MAX });
    if (cards.some((c) => c.id === card.id)) throw new KeyedError('cards.error.exists');
    return [...cards, card];
  });
  return card;
}

/** A changed card keeps its id; a card already drawn keeps its words in the log (the event carries them). */
export async function updateOwnCard(db: TusDb, teamId: string, id: string, draft: OwnCardDraft): Promise<void> {
  const next = checked(draft);
  await write(db, teamId, (cards) => {
    if (!cards.some((c) => c.id === id)) throw new KeyedError('cards.error.notFound');
    return cards.map((c) => (c.id === id ? { ...c, ...next } : c));
  });
}

export async function removeOwnCard(db: TusDb, teamId: string, id: string): Promise<void> {
  await write(db, teamId, (cards) => {
    if (!cards.some((c) => c.id === id)) throw new KeyedError('cards.error.notFound');
    return cards.filter((c) => c.id !== id);
  });
}
