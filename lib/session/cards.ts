// The conversation wheel and its cards, in our own Danish words from the seeds' themes.

export type FieldId = 'voresTeam' | 'opgaver' | 'kompetencer' | 'maalVaerdier' | 'naboteams' | 'samarbejdspartnere' | 'borgere';
export type Theme = 'voresTeam' | 'faglighed' | 'relationer';

export interface WheelField {
  id: FieldId;
  theme: Theme;
  label: string;
}

export const WHEEL: readonly WheelField[] = [
  { id: 'voresTeam', theme: 'voresTeam', label: 'Vores team' },
  { id: 'opgaver', theme: 'faglighed', label: 'Opgaver' },
  { id: 'kompetencer', theme: 'faglighed', label: 'Kompetencer' },
  { id: 'maalVaerdier', theme: 'faglighed', label: 'Mål og værdier' },
  { id: 'naboteams', theme: 'relationer', label: 'Naboteams' },
  { id: 'samarbejdspartnere', theme: 'relationer', label: 'Samarbejdspartnere' },
  { id: 'borgere', theme: 'relationer', label: 'Borgere' },
];

/** The wheel's centre: what "Vores team" asks about. Session material, Danish like the cards. */
export const WHEEL_CENTER_HINT = 'god dag / dårlig dag';

export const THEME_LABELS: Record<Theme, string> = { voresTeam: 'Vores team', faglighed: 'Faglighed', relationer: 'Relationer' };

export interface Card {
  id: string;
  kind: 'dialog' | 'exercise';
  field: FieldId | null;
  text: string;
}

const dialog = (field: FieldId, texts: string[]): Card[] =>
  texts.map((text, i) => ({ id: `${field}-${i + 1}`, kind: 'dialog', field, text }));

export const CARDS: readonly Card[] = [
  ...dialog('voresTeam', [
    'Hvad kendetegner en god dag i vores team?',
    'Hvornår oplever vi en dårlig dag – og hvad kunne have vendt den?',
    'Hvad kan vi i teamet blive bedre til?',
    'Hvad skal vi fortsætte med at gøre?',
  ]),
  ...dialog('opgaver', [
    'Hvilke opgaver giver teamet en god dag?',
    'Hvilke opgaver fylder mest, og hvilke burde fylde mere?',
    'Hvor kunne vi løse en opgave smartere sammen?',
  ]),
  ...dialog('kompetencer', [
    'Hvilke styrker har vi i teamet, som vi bruger for lidt?',
    'Hvad vil vi gerne lære af hinanden – sparring, sidemandsoplæring, jobbytte?',
    'Hvilke nye kompetencer kræver de kommende opgaver?',
  ]),
  ...dialog('maalVaerdier', [
    'Hvordan bidrager vores arbejde til kerneopgaven?',
    'Hvilke værdier viser vi i hverdagen – og hvor halter vi?',
    'Hvad vil vi kunne se om et år, hvis vi lykkes?',
  ]),
  ...dialog('naboteams', ['Hvornår fungerer samarbejdet med naboteams godt?', 'Hvad har naboteams brug for fra os – og vi fra dem?']),
  ...dialog('samarbejdspartnere', [
    'Hvilke samarbejdspartnere er vigtigst for vores opgaver?',
    'Hvad kan vi gøre for at samarbejdet med pårørende og fagpersoner bliver bedre?',
  ]),
  ...dialog('borgere', ['Hvornår oplever borgerne, at vi gør en forskel?', 'Hvad ville borgerne ønske, at vi gjorde anderledes?']),
  { id: 'ovelse-stop-start', kind: 'exercise', field: null, text: 'Stop – fortsæt – start: hver gruppe skriver tre ting på gule sedler.' },
  { id: 'ovelse-styrker', kind: 'exercise', field: null, text: 'Styrkerunde: sig én styrke, du ser hos kollegaen til venstre.' },
  { id: 'ovelse-god-dag', kind: 'exercise', field: null, text: 'Den gode dag: fortæl om en konkret god dag og hvad der gjorde den god.' },
  { id: 'ovelse-tidslinje', kind: 'exercise', field: null, text: 'Tidslinje: tegn det seneste år – højdepunkter og lavpunkter.' },
  { id: 'ovelse-fremtid', kind: 'exercise', field: null, text: 'Fremtidsværksted: sådan ser vores team ud om et år, når det går godt.' },
];

export const GROUND_RULES: readonly string[] = [
  'Der tales og lyttes på skift',
  'Hold et anerkendende og positivt fokus',
  'Fokusér på arbejdet',
  'Der er mulighed for "time out"',
  'Respekter hinandens synspunkter og holdninger',
  'Fortrolighed',
];

/** The seed's help questions beside the wheel, for the summary of the group talks. */
export const SUMMARY_QUESTIONS: readonly string[] = ['Hvad kan vi i teamet blive bedre til?', 'Hvad skal vi fortsætte med at gøre?'];

/** The seed's broad view of competence development: more and other than courses. */
export const DEVELOPMENT_SUGGESTIONS: readonly string[] = [
  'Sparring med en kollega',
  'Videndeling på teammøde',
  'Sidemandsoplæring',
  'Mentor- eller følordning',
  'Jobbytte',
  'Nye opgaver',
];

/**
 * The pile to draw from: the built-in cards and the team's own. Exercises always; dialogue cards of
 * the chosen wheel field, or all; an own dialogue card without a field belongs to every field.
 */
export const pileOf = (kind: Card['kind'], field: FieldId | null, own: readonly Card[] = []): Card[] =>
  [...CARDS, ...own].filter((c) => c.kind === kind && (kind === 'exercise' || field === null || c.field === null || c.field === field));

/** A card not drawn before, picked by the given random number in [0, 1); null when all are drawn. */
export function pickCard(candidates: readonly Card[], drawn: readonly string[], r: number): Card | null {
  const left = candidates.filter((c) => !drawn.includes(c.id));
  return left.length ? left[Math.floor(r * left.length)]! : null;
}

/** The text on the table: a card from the pile, or a blank card's own words. */
export function cardText(card: { id: string; text?: string } | null): string {
  return card ? (CARDS.find((c) => c.id === card.id)?.text ?? card.text ?? '') : '';
}
