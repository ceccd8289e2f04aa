// The reminders' notifications, in their own module because they are the only texts the service
// worker shows: Chrome's worker gets these instead of the whole catalogs (wxt.config.ts,
// lib/browser/worker-lazy/i18n-da.ts). The catalogs (da.ts, en.ts) include them.
export const daReminders = {
  'reminder.correctionDeadlinePassed.title': 'Rettelsesfristen er udløbet – {team}',
  'reminder.correctionDeadlinePassed.message': "Du kan nu generere IKU'erne.",
  'reminder.consentMissing.title': 'Samtykke mangler – {name}',
  'reminder.consentMissing.message': '{name} ({team}) har ikke godkendt sin IKU {days} arbejdsdage efter anmodningen.',
  'reminder.consentNotFiled.title': 'Husk også at arkivere det skriftlige samtykke – {name}',
  'reminder.consentNotFiled.message': '{name}s samtykke er registreret, men ikke lagt på personalesagen.',
  'reminder.followUpSoon.title': 'Opfølgningsmøde snart – {team}',
  'reminder.followUpSoon.message': 'Mødet er {when}. Gå aftalerne igennem én ad gangen, og markér mødet som holdt bagefter.',
} as const;

export const enReminders: Record<keyof typeof daReminders, string> = {
  'reminder.correctionDeadlinePassed.title': 'The correction deadline has passed – {team}',
  'reminder.correctionDeadlinePassed.message': 'You can now generate the IKUs.',
  'reminder.consentMissing.title': 'Consent missing – {name}',
  'reminder.consentMissing.message': '{name} ({team}) has not approved their IKU {days} working days after the request.',
  'reminder.consentNotFiled.title': 'Remember to file the written consent too – {name}',
  'reminder.consentNotFiled.message': "{name}'s consent is recorded but not yet in the personnel file.",
  'reminder.followUpSoon.title': 'Follow-up meeting soon – {team}',
  'reminder.followUpSoon.message': 'The meeting is {when}. Go through the agreements one by one, and mark the meeting held afterwards.',
};
