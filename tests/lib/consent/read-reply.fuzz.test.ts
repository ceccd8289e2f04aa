import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NotApprovalReason, normalizeText, readReply } from '../../../lib/consent/classify';
import { fuzzText } from '../../support/mutate';
import { QUOTE_STYLES, REPLY_CORPUS } from './reply-corpus';

// Real replies from the corpus, alone and with each quoting style below them.
const SEEDS = [
  ...REPLY_CORPUS.map((r) => r.text),
  ...REPLY_CORPUS.filter((r) => r.approval).flatMap((r) => Object.values(QUOTE_STYLES).map((q) => r.text + q)),
];
const REASONS: ReadonlySet<NotApprovalReason> = new Set([
  'empty',
  'autoReply',
  'onlyQuoted',
  'otherVersion',
  'refusal',
  'condition',
  'changeRequest',
  'question',
  'extraText',
  'noApproval',
]);
const SUBJECTS = [
  'Din IKU til godkendelse [IKU-2026-7F3K]',
  'SV: Din IKU til godkendelse [IKU-2026-7F3K]',
  'Automatisk svar: Ikke på kontoret',
  '',
];

const input = fc.record({
  text: fuzzText(SEEDS),
  version: fc.integer({ min: 1, max: 4 }),
  subject: fc.oneof(fc.constantFrom(...SUBJECTS), fuzzText(SUBJECTS)),
  name: fc.option(fc.constantFrom('Anne Ærø', 'Anne', 'Øjvind', ''), { nil: undefined }),
});

describe('the reply reader, fuzzed', () => {
  it('never throws, always gives a reading with a known reason, and approves only words that name this version', () => {
    let approvals = 0;
    fc.assert(
      fc.property(input, (reply) => {
        const reading = readReply(reply);
        if (reading.approval) approvals++;
        if (typeof reading.ownWords !== 'string') throw new Error('no own words');
        if (!reading.approval) {
          if (!REASONS.has(reading.reason)) throw new Error(`unknown reason ${reading.reason}`);
          return;
        }
        // Anything unclear is never consent: an approval is the reply's own words, naming this version.
        const words = normalizeText(reading.ownWords).toLowerCase();
        if (!words.includes(String(reply.version)) || !/godkender|approve/.test(words))
          throw new Error(`approved: ${JSON.stringify(reply)}`);
        if (!normalizeText(reply.text).includes(normalizeText(reading.ownWords).split('\n')[0]!.trim()))
          throw new Error('own words not from the text');
      }),
      { numRuns: 10_000 },
    );
    // The approval branch must be reached, or the check above proves nothing.
    expect(approvals).toBeGreaterThan(100);
  });

  it('a refusal, a question or a condition written above any reply is never read as approval', () => {
    const objection = fc.constantFrom(
      'Jeg godkender den ikke.',
      'Nej tak.',
      'Skal punkt 2 ikke rettes?',
      'Kun hvis kurset bliver betalt.',
      'I do not approve.',
    );
    fc.assert(
      fc.property(input, objection, (reply, added) => {
        const reading = readReply({ ...reply, text: `${added}\n\n${reply.text}` });
        if (reading.approval) throw new Error(`approved with "${added}": ${JSON.stringify(reply)}`);
      }),
      { numRuns: 10_000 },
    );
  });
});
