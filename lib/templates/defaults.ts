import type { Variant } from '../domain/types';

export type TemplateKind = 'subject' | 'invitation' | 'guide' | 'questions';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['subject', 'invitation', 'guide', 'questions'];
export type TemplateSet = Record<TemplateKind, string>;

// Our own Danish texts, written from the seeds' content. Leaders are urged to make the material
// their own, so every text is editable per team.

const RULES = `# Spilleregler
- Der tales og lyttes på skift
- Hold et anerkendende og positivt fokus
- Fokusér på arbejdet
- Der er mulighed for "time out"
- Respekter hinandens synspunkter og holdninger
- Fortrolighed`;

const TUS: TemplateSet = {
  subject: 'Invitation til TUS-samtale for {team} den {dato}',
  invitation: `Kære alle i {team}

Jeg inviterer hermed til TUS-samtale (teamudviklingssamtale) den {dato} kl. {tid} i {sted}. Vi sætter {varighed} af.

TUS-samtalen er vores fælles rum til at gøre status, kigge fremad og tale om det, der giver os gode dage: vores opgaver, kompetencer, mål og værdier, og vores samarbejde med naboteams, samarbejdspartnere og borgere.

Samtalen ender i en fælles teamudviklingsplan med konkrete aftaler – "øvebaner" – for teamets udvikling på kort og lang sigt.

Spørgsmålsarket er vedhæftet. Brug gerne lidt tid på det hjemmefra inden samtalen.

Venlig hilsen
{leder}`,
  guide: `# Sådan foregår TUS-samtalen
Vi mødes den {dato} kl. {tid} i {sted} ({varighed}).

- Vi taler ud fra samtalehjulet: Vores team (god dag / dårlig dag), Faglighed (opgaver, kompetencer, mål og værdier) og Relationer (naboteams, samarbejdspartnere, borgere)
- Vi bruger dialogkort med de spørgsmål, I har forberedt jer på
- Til sidst aftaler vi konkrete handlinger i en fælles teamudviklingsplan

${RULES}`,
  questions: `# Spørgsmålsark til TUS-samtalen – {team}
Forbered dig gerne på spørgsmålene herunder. Skriv stikord – der er ingen forkerte svar.

# Vores team
- Hvad kendetegner en god dag i teamet?
- Hvornår oplever vi en dårlig dag, og hvad kunne have vendt den?

# Faglighed
- Hvilke opgaver giver teamet en god dag?
- Hvilke kompetencer har vi, som vi bruger for lidt?
- Hvordan bidrager vores arbejde til vores mål og værdier?

# Relationer
- Hvordan fungerer samarbejdet med naboteams og samarbejdspartnere?
- Hvornår oplever borgerne, at vi gør en forskel?

# Fremad
- Hvad kan vi i teamet blive bedre til?
- Hvad skal vi fortsætte med at gøre?`,
};

const TUS_IKU: TemplateSet = {
  subject: 'Invitation til TUS med IKU for {team} den {dato}',
  invitation: `Kære alle i {team}

Jeg inviterer hermed til TUS med IKU den {dato} kl. {tid} i {sted}. Vi sætter {varighed} af.

TUS med IKU er en teamsamtale, hvor vi både taler om teamets samarbejde og opgaveløsning og om hver enkelts udviklingspunkter. Det, vi aftaler, skrives ind i Det Fælles Kompetenceskema, og hver af jer får derefter en individuel kompetenceudviklingsplan (IKU).

Spørgsmålsarket og en guide til medarbejdere er vedhæftet. Læg gerne lidt tid i spørgsmålene hjemmefra.

Efter samtalen kan I rette og supplere jeres individuelle punkter til og med {frist}.

Venlig hilsen
{leder}`,
  guide: `# Guide til medarbejdere: TUS med IKU
Vi mødes den {dato} kl. {tid} i {sted} ({varighed}).

# Sådan foregår det
- Indledning (6 min.)
- Teamfokus: gruppedrøftelser i grupper på 3-4 ud fra spørgsmålsarkets del 1 (20 min.) og opsamling i plenum (20 min.)
- Individuelt fokus: drøftelse to og to ud fra del 2, 7 minutter til hver (14 min.), og opsamling i plenum (20 min.)
- Afrunding og næste skridt (10 min.)

# Efter samtalen
- I kan rette og supplere jeres individuelle punkter til og med {frist}
- Du får din IKU til godkendelse; svar skriftligt, fx på mail
- Den godkendte IKU lægges på din personalesag og sendes til din e-Boks

Kompetenceudvikling er mere og andet end kurser: sparring, videndeling, sidemandsoplæring, mentor- og følordninger, jobbytte og nye opgaver tæller også.

${RULES}`,
  questions: `# Spørgsmålsark – TUS med IKU – {team}

# Del 1: Teamfokus
- Hvad kan vi i teamet blive bedre til?
- Hvad skal vi fortsætte med at gøre?
- Hvilke opgaver og kompetencer skal vi styrke for at løse kerneopgaven?
- Hvordan kan samarbejdet med borgerne og dem, vi samarbejder med, blive bedre?

# Del 2: Individuelt fokus
- Hvad lykkes du med i dit arbejde?
- Hvad vil du gerne blive bedre til det næste år?
- Hvilke konkrete handlinger kan hjælpe dig – fx sparring, sidemandsoplæring, nye opgaver eller et kursus?`,
};

export const DEFAULT_TEMPLATES: Record<Variant, TemplateSet> = { tus: TUS, 'tus-iku': TUS_IKU };

/** The team's own texts where it has them, our defaults for the rest. */
export function templatesFor(variant: Variant, own: Partial<TemplateSet> | undefined): TemplateSet {
  return { ...DEFAULT_TEMPLATES[variant], ...own };
}
