/**
 * Mutants of src/domain/plans/direction.ts: the direction générale a workbook names.
 *
 * Equivalent mutants (not targeted):
 * - line 25 `if (!normalised) return null` → `if (false)`: an empty text matches no acronym nor full name, so null anyway.
 */
import { directionCovers, directionInText, workbookDirection } from '../../../../src/domain/plans/direction';
import { censusLayout, documentUniqueLayout, layoutToSnapshot, programmeLayout } from '../../../../src/domain/templates';
import { recognise } from '../../../../src/domain/workbook/recognise';
import type { WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { snap } from './helpers';

const directionOf = (s: WorkbookSnapshot) => workbookDirection(s, recognise(s));

describe('directionInText', () => {
  it('reads nothing from an empty or missing cell', () => {
    expect(directionInText(null)).toBeNull();
    expect(directionInText(undefined)).toBeNull();
    expect(directionInText('')).toBeNull();
    expect(directionInText('  ')).toBeNull();
  });

  it('reads an acronym as a whole word, case aside', () => {
    expect(directionInText('DGDDI')).toBe('DGDDI');
    expect(directionInText('dgddi - Douane')).toBe('DGDDI');
    expect(directionInText('Services de la dgfip')).toBe('DGFiP');
    expect(directionInText('Insee')).toBe('INSEE');
  });

  it('takes the first acronym when several appear', () => {
    expect(directionInText('DGFiP (ex-DGI)')).toBe('DGFiP');
    expect(directionInText('DGI puis DGFiP')).toBe('DGI');
  });

  it('never reads part of a word as an acronym', () => {
    expect(directionInText('DGIX')).toBeNull();
    expect(directionInText('Sélectionner…')).toBeNull();
  });

  it('reads a full name within the text, as whole words', () => {
    expect(directionInText('Direction générale des impôts')).toBe('DGI');
    expect(directionInText('DIRECTION GENERALE DES DOUANES ET DROITS INDIRECTS')).toBe('DGDDI');
    expect(directionInText('Ancienne direction générale des impôts, Nord')).toBe('DGI');
    expect(directionInText('Direction générale des Finances publiques')).toBe('DGFiP');
    expect(directionInText('Direction générale des impôtsx')).toBeNull();
    expect(directionInText('xDirection générale des impôts')).toBeNull();
  });
});

describe('directionCovers', () => {
  it('covers its own direction', () => {
    expect(directionCovers('DGDDI', 'DGDDI')).toBe(true);
    expect(directionCovers('DGFiP', 'DGFiP')).toBe(true);
  });

  it('lets a DGFiP workbook take work of the DGI and the DGCP, and nothing else', () => {
    expect(directionCovers('DGFiP', 'DGI')).toBe(true);
    expect(directionCovers('DGFiP', 'DGCP')).toBe(true);
    expect(directionCovers('DGFiP', 'DGDDI')).toBe(false);
    expect(directionCovers('DGI', 'DGFiP')).toBe(false);
    expect(directionCovers('DGI', 'DGCP')).toBe(false);
    expect(directionCovers('DGDDI', 'DGI')).toBe(false);
  });
});

describe('workbookDirection — read from the field of each kind of workbook', () => {
  it('reads a census, a document unique and a programme', () => {
    expect(directionOf(layoutToSnapshot(censusLayout({ broken: false, direction: 'DGDDI' })))).toBe('DGDDI');
    expect(directionOf(layoutToSnapshot(documentUniqueLayout({ broken: false, direction: 'insee - Statistique' })))).toBe('INSEE');
    expect(directionOf(layoutToSnapshot(programmeLayout({ broken: false, direction: 'Direction générale des impôts' })))).toBe('DGI');
  });

  it('is null when the field names no direction, or the workbook is not recognised', () => {
    expect(directionOf(layoutToSnapshot(censusLayout({ broken: false })))).toBeNull();
    expect(directionOf(snap({ Feuil1: { A1: 'Direction', B1: 'DGI' } }))).toBeNull();
  });
});
