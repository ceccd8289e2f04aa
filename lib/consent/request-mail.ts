import { formatDate } from '../i18n';
import { consentSentence } from '../iku/consent-sentence';
import type { Block } from '../templates/mail-body';

export interface ConsentRequestInput {
  employeeName: string;
  version: number;
  sessionAt: number;
  teamAgreements: number;
  ownAgreements: number;
  token: string;
  leaderName: string;
}

/** Subject without personal data (subjects are not encrypted), with the reference token. */
export function consentRequestSubject(token: string): string {
  return `Din IKU til godkendelse [${token}]`;
}

export function consentRequestBody(input: ConsentRequestInput): Block[] {
  return [
    { kind: 'p', text: `Kære ${input.employeeName}` },
    {
      kind: 'p',
      text: `Her er din individuelle kompetenceudviklingsplan (IKU), version ${input.version}, fra TUS med IKU den ${formatDate(input.sessionAt)}. Den indeholder ${input.teamAgreements} fælles aftaler for teamet og ${input.ownAgreements} aftaler for dig.`,
    },
    { kind: 'p', text: `Læs den igennem. Godkender du den, så svar på denne mail med:\n${consentSentence(input.version)}` },
    {
      kind: 'p',
      text: 'Har du kommentarer til formuleringerne, så skriv dem i dit svar, så retter vi IKU’en. Behold emnelinjen, når du svarer.',
    },
    { kind: 'p', text: `Venlig hilsen\n${input.leaderName}` },
  ];
}
