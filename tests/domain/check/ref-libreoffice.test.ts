/** The check finds a broken reference by the formula's text too: LibreOffice keeps `'…'!#ref!` and shows #VALUE!. */
import { runChecks } from '../../../src/domain/check/run-checks';
import { layoutToSnapshot } from '../../../src/domain/templates';
import { filledCensus } from '../../fixtures/generate';
import { libreOfficeSaved } from '../../fixtures/libreoffice-saved';
import { census, TODAY } from './baselines';

const G = 'Grille de recensement';

describe('a LibreOffice-saved census before repair', () => {
  // Computed inside the tests (not while Jest collects them), so mutation testing sees which test covers what.
  let cached: ReturnType<typeof runChecks> | undefined;
  const allFindings = () => (cached ??= runChecks(layoutToSnapshot(libreOfficeSaved(filledCensus())), { today: TODAY }));
  const at = (cell: string) => allFindings().filter((f) => f.sheet === G && f.cell === cell).map((f) => [f.rule, f.message]);

  it('reports a dead link showing #VALUE! as a broken reference to repair, once', () => {
    expect(at('B4')).toEqual([['ref-erreurs', 'La formule de la cellule pointe vers une référence disparue (#REF!) et affiche #VALUE! : lancez « Réparer » (duerp repair) pour la relier de nouveau.']]);
  });

  it('counts every broken cell: 5 header fields, the title line, 30 Site and 30 index cells', () => {
    expect(allFindings().filter((f) => f.rule === 'ref-erreurs')).toHaveLength(66);
    expect(allFindings().filter((f) => f.rule === 'valeurs-erreur')).toEqual([]);
  });
});

describe('a formula that hides its broken reference', () => {
  it('is reported even when it shows nothing, and a genuine #VALUE! stays a valeurs-erreur', () => {
    const s = census();
    const grid = s.sheets.find((x) => x.name === G)!;
    grid.values[1][0] = '';
    grid.formulas[1][0] = '=IFERROR(#REF!,"")';
    grid.values[8][2] = { error: '#VALUE!' };
    grid.formulas[8][2] = '=1+"a"';
    const f = runChecks(s, { today: TODAY }).filter((x) => x.rule === 'ref-erreurs' || x.rule === 'valeurs-erreur').map((x) => [x.rule, x.cell]);
    expect(f).toEqual([['ref-erreurs', 'A2'], ['valeurs-erreur', 'C9']]);
  });
});
