import { describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { NAME_MAX } from '../../../lib/teams/limits';
import { parseEmployees } from '../../../lib/teams/parse-employees';
import { InvalidInputError, validEmployee, validTeamName } from '../../../lib/teams/store';

describe('names are capped at NAME_MAX, with a message that says so', () => {
  const longest = 'Å'.repeat(NAME_MAX);
  const tooLong = `${longest}x`;

  it('in the import: a row with a longer name is rejected with its reason, the rest go on', () => {
    const result = parseEmployees(`${longest}\ta@randers.dk\n${tooLong}\tb@randers.dk\nBo\tc@randers.dk`);
    expect(result.accepted.map((e) => e.email)).toEqual(['a@randers.dk', 'c@randers.dk']);
    const rejected = result.rows.find((r) => r.status === 'rejected');
    expect(rejected).toMatchObject({ line: 2, reason: { key: 'import.reason.nameTooLong', params: { max: NAME_MAX } } });
    expect(t('import.reason.nameTooLong', { max: NAME_MAX }, 'da')).toBe('Navnet er for langt: højst 120 tegn');
  });

  it('in the employee form and for a team, as a field error', () => {
    expect(validEmployee({ name: longest, email: 'a@randers.dk' }).name).toBe(longest);
    expect(() => validEmployee({ name: tooLong, email: 'a@randers.dk' })).toThrow(InvalidInputError);
    expect(() => validEmployee({ name: tooLong, email: 'a@randers.dk' })).toThrow('Navnet må højst være 120 tegn.');
    expect(() => validTeamName(tooLong)).toThrow('Navnet må højst være 120 tegn.');
  });
});
