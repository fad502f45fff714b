/**
 * A check that can pass: every generated template and fixture, and its LibreOffice-saved copy,
 * repaired then recomputed through the .xlsx host, leaves no error the user did not type.
 */
import { runChecks } from '../../../src/domain/check/run-checks';
import type { Finding } from '../../../src/domain/check/finding';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { planRepair, repairDue } from '../../../src/domain/plans/repair';
import { recognise } from '../../../src/domain/workbook/recognise';
import { isCellError } from '../../../src/domain/workbook/snapshot';
import { applyPlan } from '../../../src/xlsx/apply-plan';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { allFixtures, fixtureBytes, type Fixture } from '../../fixtures/generate';
import { libreOfficeSavedFixtures } from '../../fixtures/libreoffice-saved';

const TODAY = new Date(2026, 10, 22);

/** What an empty template genuinely lacks: nobody typed its identification yet. */
const BLANK: Record<Fixture['kind'], { sheet: string; cell: string; rule: string }[]> = {
  recensement: [
    { rule: 'identification-direction', sheet: 'Informations générales', cell: 'C3' },
    { rule: 'identification-service', sheet: 'Informations générales', cell: 'C5' },
    { rule: 'identification-redacteur', sheet: 'Informations générales', cell: 'C7' },
    { rule: 'date-mise-a-jour', sheet: 'Informations générales', cell: 'C11' },
  ],
  'document-unique': [
    { rule: 'identification-direction', sheet: 'Identification', cell: 'C3' },
    { rule: 'identification-service', sheet: 'Identification', cell: 'C4' },
    { rule: 'date-mise-a-jour', sheet: 'Identification', cell: 'E25' },
    { rule: 'identification-redacteur', sheet: 'Identification', cell: 'C26' },
  ],
  programme: [
    { rule: 'identification-direction', sheet: 'Informations générales', cell: 'C3' },
    { rule: 'identification-redacteur', sheet: 'Informations générales', cell: 'C5' },
    { rule: 'date-mise-a-jour', sheet: 'Informations générales', cell: 'C6' },
  ],
};

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map(({ rule, sheet, cell }) => ({ rule, sheet, cell }));

const FIXTURES = [...allFixtures(), ...libreOfficeSavedFixtures()];

describe.each(FIXTURES.map((f) => [f.name, f] as const))('%s: repair, recompute, check', (_name, fixture) => {
  let input: ReturnType<typeof readSnapshot>;
  let repaired: Uint8Array;
  let done: ReturnType<typeof readSnapshot>;

  beforeAll(async () => {
    const bytes = await fixtureBytes(fixture);
    input = readSnapshot(bytes);
    repaired = applyPlan(bytes, planRepair(input));
    const afterRepair = readSnapshot(repaired);
    done = readSnapshot(applyPlan(repaired, planRecompute(afterRepair)));
  });

  it('is broken as distributed, and repair is due', () => {
    const before = runChecks(input, { today: TODAY });
    expect(before.some((f) => f.rule === 'ref-erreurs' || f.rule === 'valeurs-erreur')).toBe(true);
    expect(repairDue(input)).toBeGreaterThan(0);
  });

  it('leaves only the errors the user typed (none when filled)', () => {
    const expected = fixture.riskRows === 0 ? BLANK[fixture.kind] : [];
    expect(errorsOf(runChecks(done, { today: TODAY }))).toEqual(expected);
  });

  it('leaves no broken reference, by value or by formula, and no repair due', () => {
    expect(runChecks(done, { today: TODAY }).filter((f) => f.rule === 'ref-erreurs' || f.rule === 'valeurs-erreur')).toEqual([]);
    const rec = recognise(done);
    const known = new Set(rec.sheets.filter((s) => s.role !== 'autre').map((s) => s.name));
    for (const sheet of done.sheets.filter((s) => known.has(s.name))) {
      expect({ sheet: sheet.name, formulas: sheet.formulas.flat().filter((f) => f && /#ref!/i.test(f)) }).toEqual({ sheet: sheet.name, formulas: [] });
      expect({ sheet: sheet.name, errors: sheet.values.flat().filter(isCellError) }).toEqual({ sheet: sheet.name, errors: [] });
    }
    expect(repairDue(done)).toBe(0);
    expect(planRepair(readSnapshot(repaired)).edits).toEqual([]);
  });
});
