import { describe, expect, it } from 'vitest';
import { EMPLOYEE_ACTIONS } from '../../../lib/cycles/actions';
import { stagesOf } from '../../../lib/cycles/stages';
import { offPathMiss, placeOf, webmailStepsOf } from '../../../lib/cycles/step-places';

describe('where each step is done', () => {
  it('leads the webmail steps to the webmail and the archive step to the personnel file', () => {
    expect(placeOf('sendInvitation')).toBe('webmailCompose');
    expect(placeOf('requestConsent')).toBe('webmailCompose');
    expect(placeOf('collectConsent')).toBe('webmailInbox');
    expect(placeOf('archiveIkus')).toBe('personnelFile');
    expect(placeOf('startSession')).toBeNull();
  });

  it('asks before a team-page mark that skips the path, and says what goes missing; e-Boks stays the leader’s own mark', () => {
    expect(offPathMiss('requestConsent')).toBe('reference');
    expect(offPathMiss('invitationSent')).toBe('invitation');
    expect(offPathMiss('ikuFiled')).toBe('archiveFile');
    expect(offPathMiss('consentFiled')).toBe('archiveFile');
    expect(offPathMiss('sentToEBoks')).toBeNull();
    // Consent on paper or in person has no mail path: its own note form, no confirm.
    expect(offPathMiss('recordConsent')).toBeNull();
    expect(EMPLOYEE_ACTIONS.filter((a) => offPathMiss(a))).toEqual(['requestConsent', 'ikuFiled', 'consentFiled']);
  });

  it('names the steps each stage has in the webmail, each of which leads there', () => {
    expect(webmailStepsOf('draft')).toEqual(['sendInvitation']);
    expect(webmailStepsOf('consent')).toEqual(['requestConsent', 'collectConsent']);
    expect(webmailStepsOf('session')).toEqual([]);
    for (const stage of stagesOf('tus-iku'))
      for (const step of webmailStepsOf(stage)) expect(placeOf(step), `${stage}: ${step}`).toMatch(/^webmail/);
    expect(stagesOf('tus').flatMap(webmailStepsOf)).toEqual(['sendInvitation']);
  });
});
