/**
 * Mutants of src/domain/plans/links.ts: broken and dead references in formulas.
 */
import { FIELD_LINKS, TITLE_LINKS, hasBrokenReference, isBrokenCell, isDeadReference } from '../../../../src/domain/plans/links';

describe('hasBrokenReference', () => {
  it('finds a #REF! token in any letter case', () => {
    expect(hasBrokenReference('=#REF!')).toBe(true);
    expect(hasBrokenReference("='Informations générales'!#ref!")).toBe(true);
    expect(hasBrokenReference('=IF(#REF!="","",#REF!)')).toBe(true);
    expect(hasBrokenReference('=A1&B2')).toBe(false);
    expect(hasBrokenReference(null)).toBe(false);
  });

  it('ignores #REF! written inside a text between quotes', () => {
    expect(hasBrokenReference('="#REF!"')).toBe(false);
    expect(hasBrokenReference('="voir ""#REF!"" ici"&A1')).toBe(false);
    expect(hasBrokenReference('="a"&#REF!&"b"')).toBe(true);
  });
});

describe('isDeadReference', () => {
  it('is a formula that is nothing but a dead reference, with or without its sheet', () => {
    expect(isDeadReference('=#REF!')).toBe(true);
    expect(isDeadReference(' = #ref! ')).toBe(true);
    expect(isDeadReference("='Informations générales'!#REF!")).toBe(true);
    expect(isDeadReference("='L''été'!#REF!")).toBe(true);
    expect(isDeadReference('=Feuil1!#REF!')).toBe(true);
    expect(isDeadReference('=[1]Feuil1!#REF!')).toBe(true);
  });

  it('is not a formula that computes something else around it', () => {
    expect(isDeadReference('=IF(#REF!="","",#REF!)')).toBe(false);
    expect(isDeadReference('=#REF!&A1')).toBe(false);
    expect(isDeadReference('=A1')).toBe(false);
    expect(isDeadReference('#REF!')).toBe(false);
    expect(isDeadReference(null)).toBe(false);
  });
});

describe('isBrokenCell', () => {
  it('is a cell showing #REF!, whatever its formula', () => {
    expect(isBrokenCell({ error: '#REF!' }, null)).toBe(true);
    expect(isBrokenCell({ error: '#ref!' }, null)).toBe(true);
    expect(isBrokenCell({ error: '#REF!' }, '=A1')).toBe(true);
  });

  it('is a cell whose formula holds a broken reference, whatever it shows', () => {
    expect(isBrokenCell({ error: '#VALUE!' }, "='x'!#ref!")).toBe(true);
    expect(isBrokenCell('', '=#REF!')).toBe(true);
  });

  it('is not another error, nor a text reading #REF!', () => {
    expect(isBrokenCell({ error: '#N/A' }, '=A1')).toBe(false);
    expect(isBrokenCell('#REF!', null)).toBe(false);
    expect(isBrokenCell(null, null)).toBe(false);
  });
});

describe('link tables', () => {
  it('links each kind of workbook to fields of its information sheet', () => {
    expect(FIELD_LINKS.recensement.every((l) => l.role === 'grille' && l.source?.role === 'informations')).toBe(true);
    expect(FIELD_LINKS.programme.every((l) => l.role === 'programme' && l.source?.role === 'informations')).toBe(true);
    expect(FIELD_LINKS['document-unique'].filter((l) => l.source === null).map((l) => l.field)).toEqual(['chefService', 'adresse', 'ville', 'codePostal']);
    expect(TITLE_LINKS['document-unique'].roles).toEqual(['statistiques', 'at-mp', 'hierarchisation']);
    expect(TITLE_LINKS.recensement.parts.filter((p) => p.year).map((p) => p.field)).toEqual(['dateMiseAJour']);
  });
});
