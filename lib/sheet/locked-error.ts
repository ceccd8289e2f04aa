import type { Refusal } from '../../machines/agreement-writes';

/** A write to the competence sheet that the cycle's state does not allow; nothing was written. */
export class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockedError';
  }
}

const MESSAGES: Record<Refusal, string> = {
  corrections: 'Skemaet er låst efter samtalen. En individuel aftale ændres kun som en logget rettelse på teamets side, mens rettelsesperioden er åben.',
  correctionsClosed: 'Skemaet er låst: rettelsesfristen er udløbet. Genåbn for rettelser for at ændre.',
  ikus: "Skemaet er låst, fordi IKU'erne er lavet. Tilføj en aftale efter TUS, og lav en ny version af IKU'en.",
  teamPlanDone: 'Skemaet er låst, fordi teamudviklingsplanen er færdig.',
  archived: "Skemaet er låst, fordi IKU'erne er arkiveret.",
  followUps: 'Skemaet er låst, fordi forløbet er i opfølgning.',
  closed: 'Skemaet er låst, fordi forløbet er afsluttet.',
  afterTusTeam: 'En aftale efter TUS gælder én medarbejder, ikke hele teamet.',
  afterTusTooEarly: "En aftale efter TUS kan først skrives, når IKU'erne er lavet.",
  noOpenIku: 'Medarbejderen har ingen IKU, der kan få en ny version (ingen IKU, eller den er arkiveret).',
};

export const lockedError = (refusal: Refusal) => new LockedError(MESSAGES[refusal]);
