// The few words our content scripts put on someone else's page (a button, its label, the
// panel frame's title), in both languages. Apart from the catalogs because a content script
// loads with every webmail page and the catalogs together are about 40 KB; the type asks for
// every label in both languages, as en.ts does for the catalog.
import { type Locale, pickLocale } from './index';

type ContentLabel = 'webmailButton' | 'webmailLabel' | 'webmailFrame' | 'personnelButton' | 'personnelFrame';

const CONTENT_LABELS: Record<Locale, Record<ContentLabel, string>> = {
  da: {
    webmailButton: 'TUS',
    webmailLabel: 'TUS-assistent: invitationer og samtykke',
    webmailFrame: 'TUS-assistent',
    personnelButton: 'TUS: til personalesagen',
    personnelFrame: 'TUS-assistent: til personalesagen',
  },
  en: {
    webmailButton: 'TUS',
    webmailLabel: 'TUS assistant: invitations and consent',
    webmailFrame: 'TUS assistant',
    personnelButton: 'TUS: for the personnel file',
    personnelFrame: 'TUS assistant: for the personnel file',
  },
};

/** The labels in the browser's preferred language, chosen as the panels choose theirs. */
export const contentLabels = (languages: readonly string[]): Record<ContentLabel, string> => CONTENT_LABELS[pickLocale(languages)];
