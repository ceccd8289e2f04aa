// Replies to a consent request, written for the test, in Danish and English, labelled by what a
// careful leader would conclude. `version` is the version the request named (1 unless given);
// `reason` is the reason a non-approval should be given.
import type { NotApprovalReason } from '../../../lib/consent/classify';

export interface CorpusReply {
  text: string;
  approval: boolean;
  version?: number;
  subject?: string;
  reason?: NotApprovalReason;
}

const REQUEST_DA = [
  'Kære Anne',
  '',
  'Her er din individuelle kompetenceudviklingsplan (IKU), version 1, fra TUS med IKU den 10. mar. 2026. Den indeholder 2 fælles aftaler for teamet og 1 aftaler for dig.',
  '',
  'Læs den igennem. Godkender du den, så svar på denne mail med:',
  'Jeg godkender min IKU version 1.',
  '',
  'Har du kommentarer til formuleringerne, så skriv dem i dit svar, så retter vi IKU’en. Behold emnelinjen, når du svarer.',
  '',
  'Venlig hilsen',
  'Lene Leder',
].join('\n');
const quoted = (text: string) =>
  text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

/** The request quoted under each style webmail uses. */
export const QUOTE_STYLES: Record<string, string> = {
  angle: `\n\n${quoted(REQUEST_DA)}`,
  angleWithAttribution: `\n\nDen tor. 10. dec. 2026 kl. 09.12 skrev Lene Leder <lene@randers.dk>:\n${quoted(REQUEST_DA)}`,
  attributionWrapped: `\n\nDen tor. 10. dec. 2026 kl. 09.12 skrev Lene Leder <\nlene@randers.dk>:\n\n${REQUEST_DA}`,
  onWrote: `\n\nOn Thu, Dec 10, 2026 at 9:12 AM Lene Leder <lene@randers.dk> wrote:\n\n${REQUEST_DA}`,
  oprindelig: `\n\n-----Oprindelig meddelelse-----\nFra: Lene Leder <lene@randers.dk>\nSendt: 10. december 2026 09:12\nTil: Anne Ærø\nEmne: Din IKU til godkendelse [IKU-2026-7F3K]\n\n${REQUEST_DA}`,
  original: `\n\n-----Original Message-----\nFrom: Lene Leder <lene@randers.dk>\nSent: Thursday, December 10, 2026 9:12 AM\nTo: Anne Ærø\nSubject: Din IKU til godkendelse [IKU-2026-7F3K]\n\n${REQUEST_DA}`,
  outlookRule: `\n\n________________________________\nFra: Lene Leder <lene@randers.dk>\nSendt: torsdag den 10. december 2026 09:12\nTil: Anne Ærø\nEmne: Din IKU til godkendelse [IKU-2026-7F3K]\n\n${REQUEST_DA}`,
  fraSendt: `\n\nFra: Lene Leder <lene@randers.dk>\nSendt: 10. december 2026 09:12\nTil: Anne Ærø\n\n${REQUEST_DA}`,
  fromSent: `\n\nFrom: Lene Leder\nSent: Thursday, December 10, 2026 9:12 AM\nTo: Anne\n\n${REQUEST_DA}`,
  unmarked: `\n\n${REQUEST_DA}`,
};

const approvals: CorpusReply[] = [
  { text: 'Jeg godkender min IKU version 1.', approval: true },
  { text: 'jeg godkender min iku version 1', approval: true },
  { text: 'Jeg  godkender\u00a0min IKU\nversion 1.', approval: true },
  { text: 'Jeg godkender min IKU version 1!', approval: true },
  { text: 'Hej Lene\n\nJeg godkender min IKU version 1.\n\nVenlig hilsen\nAnne Ærø', approval: true },
  { text: 'Hej Lene, jeg godkender min IKU version 1.\n\nMvh Anne', approval: true },
  { text: 'Jeg godkender min IKU version 1.\n\nTak for en god samtale!\n\nHilsen\nØjvind', approval: true },
  { text: 'Ja, jeg godkender min IKU version 1. Tak for i dag.', approval: true },
  { text: 'Jeg godkender min IKU version 1.\nAnne', approval: true },
  { text: 'Jeg godkender min IKU version 1.\n\nSendt fra min iPhone', approval: true },
  {
    text: 'Jeg godkender min IKU version 1.\n\nMed venlig hilsen\n\nAnne Ærø\nSocial- og sundhedsassistent\nHjemmeplejen Øst\nRanders Kommune\nTlf. 89 15 15 15',
    approval: true,
  },
  { text: 'Kære Lene\nJeg godkender min IKU version 1.\nMed venlig hilsen\nSøren Ærø'.normalize('NFD'), approval: true },
  { text: 'Jeg god\u00ADkender min IKU version 1.', approval: true },
  { text: 'Jeg godkender hermed min IKU version 1.', approval: true },
  { text: 'Jeg godkender min IKU version 2.', approval: true, version: 2 },
  { text: 'Jeg godkender min IKU version 10.', approval: true, version: 10 },
  { text: 'I approve my IKU version 1.', approval: true },
  { text: 'Hi Lene,\n\nI approve my IKU version 1.\n\nBest regards\nÅse Berg', approval: true },
  { text: 'I hereby approve my IKU version 3.', approval: true, version: 3 },
  // Approved above the quoted request, under each quote style.
  ...Object.entries(QUOTE_STYLES).map(([, quote]) => ({ text: `Jeg godkender min IKU version 1.${quote}`, approval: true })),
];

const no = (text: string, reason: NotApprovalReason, extra: Partial<CorpusReply> = {}): CorpusReply => ({
  text,
  approval: false,
  reason,
  ...extra,
});

const notApprovals: CorpusReply[] = [
  // The replies that testing found read as approval.
  no('Jeg er ikke enig i punkt 2, ellers ok.', 'refusal'),
  no('Ikke ok', 'refusal'),
  no('Jeg ønsker ændringer, ellers ok', 'condition'),
  no('Jeg godkender, men kan du ændre datoen', 'condition'),
  no('Godkender jeg ved at skrive ok?', 'question'),
  // Loose wordings that name no version.
  no('ok', 'noApproval'),
  no('OK', 'noApproval'),
  no('Ja', 'noApproval'),
  no('Enig', 'noApproval'),
  no('Godkendt 👍', 'noApproval'),
  no('Ja, det er i orden.', 'noApproval'),
  no('Jeg godkender.', 'noApproval'),
  no('Jeg godkender min IKU.', 'noApproval'),
  no('Jeg godkender min IKU version én.', 'noApproval'),
  no('Hej Lene\nTak for i dag.', 'noApproval'),
  no('Looks good to me', 'noApproval'),
  // Refusals.
  no('Jeg godkender ikke min IKU version 1.', 'refusal'),
  no('Jeg godkender IKKE min IKU version 1', 'refusal'),
  no('Jeg godkender min IKU version 1 ikke', 'refusal'),
  no('Nej.', 'refusal'),
  no('Nej tak, jeg godkender ikke.', 'refusal'),
  no('Jeg er uenig i punkt 2.', 'refusal'),
  no('I do not approve my IKU version 1.', 'refusal'),
  no("I don't approve.", 'refusal'),
  no('Not ok', 'refusal'),
  // Conditions.
  no('Jeg godkender min IKU version 1, forudsat at kurset bliver betalt.', 'condition'),
  no('Jeg godkender min IKU version 1 forudsat at punkt 3 ændres.', 'condition'),
  no('Jeg godkender min IKU version 1, men punkt 2 skal rettes.', 'condition'),
  no('Jeg godkender min IKU version 1 – bortset fra punkt 4.', 'condition'),
  no('Hvis jeg skulle sige det: Jeg godkender min IKU version 1.', 'condition'),
  no('Jeg godkender min IKU version 1. Jeg synes dog, at kurset er for kort.', 'condition'),
  no('I approve my IKU version 1, but please change the date.', 'condition'),
  no('I approve my IKU version 1 provided that the course is paid.', 'condition'),
  no('I approve my IKU version 1 if item 3 is removed.', 'condition'),
  // Wishes for changes.
  no('Jeg ønsker ændringer.', 'changeRequest'),
  no('Jeg godkender min IKU version 1. Kan du rette datoen?', 'changeRequest'),
  no('Jeg godkender min IKU version 1. Punkt 2 skal ud.', 'changeRequest'),
  // Questions.
  no('Skal jeg skrive noget særligt?', 'question'),
  no('Hvornår skal jeg svare?', 'question'),
  no('Jeg godkender min IKU version 1?', 'question'),
  no('Can I approve it later?', 'question'),
  no('Kan du sende den igen', 'question'),
  // Other versions.
  no('Jeg godkender min IKU version 2.', 'otherVersion'),
  no('Jeg godkender min IKU version 12.', 'otherVersion'),
  no('Jeg godkender min IKU version 1.5', 'otherVersion'),
  no('Jeg godkender min IKU version 1 og version 2.', 'otherVersion'),
  no('I approve my IKU version 2.', 'otherVersion'),
  no('Jeg godkender min IKU version 1.', 'otherVersion', { version: 2 }),
  no('Jeg godkender min IKU version 1.\n> Jeg godkender min IKU version 2.', 'otherVersion', { version: 2 }),
  // Auto-replies.
  no('Jeg er ikke på kontoret før den 4. januar.', 'autoReply'),
  no('Automatisk svar: Jeg er på ferie til og med uge 2.', 'autoReply'),
  no('Autosvar: Jeg holder ferie.', 'autoReply'),
  no('Out of office: I will be back on Monday.', 'autoReply'),
  no('Tak for din mail. Jeg læser den, når jeg er tilbage.', 'autoReply', {
    subject: 'Automatisk svar: Din IKU til godkendelse [IKU-2026-7F3K]',
  }),
  no('I am out of the office until 4 January.\nJeg godkender min IKU version 1.', 'autoReply'),
  // More than the approval.
  no('Min kollega skrev: Jeg godkender min IKU version 1.', 'extraText'),
  no('Jeg godkender min IKU version 1. Datoen står som 2025.', 'extraText'),
  no('Jeg godkender min IKU version 1.\nMvh Anne\n\nPS. Jeg synes kurset er for dyrt', 'extraText'),
  // Nothing of their own.
  no('', 'empty'),
  no(' \n \n', 'empty'),
  // The approval sentence only in the quoted request, under each quote style.
  ...Object.entries(QUOTE_STYLES).map(([, quote]) => no(`Ok${quote}`, 'onlyQuoted')),
  ...Object.entries(QUOTE_STYLES).map(([, quote]) => no(quote, 'onlyQuoted')),
];

export const REPLY_CORPUS: readonly CorpusReply[] = [...approvals, ...notApprovals];
