import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../src/domain/check/rules';
import { rulesTable, withRulesTable } from '../../../scripts/rules-readme';

describe('the README’s list of rules', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');

  it('is the one the code generates (run « npm run rules:readme » after changing a rule)', () => {
    expect(readme).toContain('<!-- regles:debut -->');
    expect(withRulesTable(readme)).toBe(readme);
  });

  it('lists every rule with its severity', () => {
    for (const r of RULES) expect(rulesTable()).toContain(`| \`${r.id}\` |`);
  });
});
