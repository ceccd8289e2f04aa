import type { OpenMail } from '../messaging/protocol';
import type { Block } from '../templates/mail-body';
import type { Selectors } from './dom';
import type { Sender } from './sender';

/** A new message opened by URL: plain text only; the panel then fills the formatted body and files. */
export interface ComposeLink {
  to: readonly string[];
  subject: string;
  body: string;
}

/** One compose window: every field was looked up inside `root` (lib/webmail/compose.ts). */
export interface ComposeFields {
  root: HTMLElement;
  to: HTMLElement | null;
  subject: HTMLElement | null;
  body: HTMLElement | null;
}

/** One adapter per webmail: where its compose fields are and how its editor takes a body. */
export interface WebmailAdapter<Id extends string = string> {
  id: Id;
  /**
   * The hosts this webmail lives on (https only). The manifest's content-script matches, the
   * background's host check and matchesUrl are all made from these: adding a webmail is adding
   * its adapter module and one line in adapters.ts.
   */
  hosts: readonly string[];
  /** A new message on this webmail's own host, addressed and filled as far as a URL can. */
  composeUrl(mail: ComposeLink): string;
  /**
   * On a host the leader added (e.g. OWA at mail.<kommune>.dk): the page that opens a new message
   * there; the URL carries no mail, the panel fills it. Absent: the webmail has no own hosts.
   */
  ownHostComposeUrl?(origin: string): string;
  /** The inbox on this webmail's own host (where replies are read). */
  inboxUrl: string;
  /** The inbox on a host the leader added; absent like ownHostComposeUrl. */
  ownHostInboxUrl?(origin: string): string;
  /** Pure function of the URL: is this page this webmail (on its known hosts)? */
  matchesUrl(url: URL): boolean;
  /** Structure check, for hosts the leader adds (e.g. OWA on the municipality's own host). */
  detect(doc: Document): boolean;
  /** Every compose window open in the page, each with its own fields; fill.ts picks the focused one. */
  findComposes(doc: Document): ComposeFields[];
  /**
   * Starts inserting the body at the start of the editor. The editor may finish later (roosterjs
   * inserts after the paste event): fill.ts checks what the body then shows.
   */
  insertBody(body: HTMLElement, blocks: readonly Block[]): void;
  /** The mail open in the reading pane, as the page shows it; null when none is open. */
  readOpenMail(doc: Document): OpenMail | null;
  /**
   * When the message read shows its sender by name only (a colleague in the same organisation):
   * the address from the contact card the name opens, or null when none could be read for certain.
   * Run by the content script after readOpenMail (lib/webmail/read.ts).
   */
  senderFromCard?(doc: Document): Promise<Sender | null>;
  /** Every selector group by name, read and compose, for the page check (lib/webmail/page-check.ts). */
  selectorGroups: Readonly<Record<string, Selectors>>;
  /** What To shows now: one entry per pill or chip (its address, or its name when it shows only that) and per typed address. */
  recipientsShown(compose: ComposeFields): string[];
  /** Empties To (removes each pill or chip); true once it shows nothing. */
  clearRecipients(compose: ComposeFields): Promise<boolean>;
  /** Enters the addresses as the webmail wants them, checking each; returns those that became a pill or chip. */
  addRecipients(compose: ComposeFields, to: readonly string[]): Promise<string[]>;
  /** A compose window's Send and Discard buttons, and the page's "New mail" button (the consent round, compose-watch.ts). */
  sendButton?: Selectors;
  discardButton?: Selectors;
  newMailButton?: Selectors;
  /** Hands the files to the page's own drop target; true when one took them (fill.ts then checks the cards). */
  attachFiles(compose: ComposeFields, files: readonly File[]): Promise<boolean>;
}
