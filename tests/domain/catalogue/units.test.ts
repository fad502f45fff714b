import { DIRECTIONS, GUIDE_DIRECTIONS, type Direction } from '../../../src/domain/catalogue/types';
import { DIRECTION_NAMES, WORK_UNITS, findUnit, parseDirection, unitLabel, unitsOf } from '../../../src/domain/catalogue/units';
import { normaliseLabel } from '../../../src/domain/workbook/labels';

const codes = (d: Direction, scope?: 'commune' | 'spécifique') =>
  unitsOf(d).filter((u) => !scope || u.scope === scope).map((u) => u.code);
const unit = (d: Direction, code: string) => {
  const u = unitsOf(d).find((x) => x.code === code);
  if (!u) throw new Error(`${d} ${code} missing`);
  return u;
};
const range = (prefix: string, from: number, to: number, sep = ' ') =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${sep}${String(from + i).padStart(2, '0')}`);
const a = (...n: number[]) => n.map((x) => `A ${String(x).padStart(2, '0')}`);

describe('WORK_UNITS: counts per direction (annex 7, rebuilt)', () => {
  it.each([
    ['DGCP', 28, 8, 36],
    ['DGI', 30, 10, 40],
    ['DGDDI', 26, 36, 62],
    ['DGCCRF', 16, 12, 28],
    ['INSEE', 22, 7, 29],
    ['DRIRE', 17, 11, 28],
    ['DPAEP', 31, 0, 31],
    ['DGFiP', 31, 18, 49],
  ] as const)('%s: %i communes + %i spécifiques = %i', (d, communes, specifiques, total) => {
    expect(codes(d, 'commune')).toHaveLength(communes);
    expect(codes(d, 'spécifique')).toHaveLength(specifiques);
    expect(unitsOf(d)).toHaveLength(total);
  });

  it('holds 303 units, every one of a known direction, none without a title but AR06 (the guide gives none)', () => {
    expect(WORK_UNITS).toHaveLength(303);
    for (const u of WORK_UNITS) {
      expect(DIRECTIONS).toContain(u.direction);
      if (u.code !== 'AR06') expect(u.title.trim()).not.toBe('');
      expect(u.title).toBe(u.title.trim());
      if (u.personnel !== undefined) expect(u.personnel.trim()).not.toBe('');
    }
  });

  it('lists the directions in the order of DIRECTIONS, communes before spécifiques', () => {
    const order = WORK_UNITS.map((u) => DIRECTIONS.indexOf(u.direction));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    for (const d of DIRECTIONS) {
      const scopes = unitsOf(d).map((u) => u.scope);
      expect(scopes).toEqual([...scopes].sort((x, y) => (x === y ? 0 : x === 'commune' ? -1 : 1)));
    }
  });
});

describe('common units: the subset each direction lists', () => {
  it.each([
    ['DGCP', a(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 31)],
    ['DGI', a(0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31)],
    ['DGDDI', a(0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 21, 22, 25, 26, 28, 29, 30, 31)],
    ['DGCCRF', a(0, 1, 2, 4, 5, 6, 7, 12, 13, 14, 15, 22, 24, 25, 28, 29)],
    ['INSEE', a(0, 1, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 17, 20, 22, 24, 25, 26, 28, 29, 30)],
    ['DRIRE', a(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 16, 20, 22, 24)],
  ] as const)('%s', (d, expected) => {
    expect(codes(d, 'commune')).toEqual(expected);
  });

  it('DPAEP gets the union of the six lists: A 00–A 31 but A 23, which no list has, without personnel', () => {
    expect(codes('DPAEP')).toEqual(range('A', 0, 31).filter((c) => c !== 'A 23'));
    expect(WORK_UNITS.some((u) => u.code === 'A 23')).toBe(false);
    expect(unitsOf('DPAEP').every((u) => u.scope === 'commune' && u.personnel === undefined)).toBe(true);
    expect(unitsOf('DPAEP').every((u) => u.derived === true)).toBe(true);
    expect(unit('DPAEP', 'A 17').title).toBe('Accueil téléphonique'); // only DGI and INSEE have it
    expect(unit('DPAEP', 'A 07').title).toBe("Groupe d'intervention régional");
    expect(unit('DPAEP', 'A 16').title).toBe('Accueil - Accueil téléphonique'); // DGCP's spelling, first in the guide
  });

  it('a common code has the same title in every direction (up to case, accents, punctuation)', () => {
    const byCode = new Map<string, Set<string>>();
    for (const u of WORK_UNITS.filter((x) => x.scope === 'commune')) {
      const set = byCode.get(u.code) ?? new Set<string>();
      set.add(normaliseLabel(u.title).replace(/ /g, ''));
      byCode.set(u.code, set);
    }
    for (const [code, titles] of byCode) expect([code, [...titles]]).toEqual([code, [expect.any(String)]]);
  });

  it('common codes are A xx, specific ones are not', () => {
    for (const u of WORK_UNITS) expect(/^A \d\d$/.test(u.code)).toBe(u.scope === 'commune');
  });
});

describe('specific units: the code ranges of the guide, all present and in order', () => {
  it.each([
    ['DGCP', range('C', 51, 58)],
    ['DGI', range('B', 51, 60)],
    ['DGDDI', [...range('F', 51, 69), ...range('MA', 1, 8, ''), ...range('AR', 1, 6, ''), ...range('LA', 1, 3, '')]],
    ['DGCCRF', [...range('G', 51, 60), 'G 70', 'G 71']],
    ['INSEE', range('D', 51, 57)],
    ['DRIRE', range('E', 51, 61)],
    ['DPAEP', []],
    ['DGFiP', [...range('B', 51, 60), ...range('C', 51, 58)]],
  ] as const)('%s', (d, expected) => {
    expect(codes(d, 'spécifique')).toEqual(expected);
  });

  it('DGDDI includes F 51…F 69 and the marine, air and laboratory units', () => {
    const dgddi = codes('DGDDI');
    for (const c of ['F 51', 'F 60', 'F 69', 'MA01', 'MA08', 'AR01', 'AR06', 'LA01', 'LA03']) expect(dgddi).toContain(c);
    expect(dgddi.filter((c) => c.startsWith('MA'))).toHaveLength(8);
    expect(dgddi.filter((c) => c.startsWith('AR'))).toHaveLength(6);
    expect(dgddi.filter((c) => c.startsWith('LA'))).toHaveLength(3);
  });

  it('codes are unique within a direction, and so are titles', () => {
    for (const d of DIRECTIONS) {
      const cs = codes(d);
      expect(new Set(cs).size).toBe(cs.length);
      const titles = unitsOf(d).map((u) => normaliseLabel(u.title).replace(/ /g, ''));
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});

describe('titles and personnel, spot checks against the guide', () => {
  it.each([
    ['DGCP', 'A 01', 'Encadrement "supérieur"', 'Trésorier payeur général, receveur des finances, directeur départemental, trésorier principal, administrateur civil'],
    ['DGCP', 'A 11', 'Chauffeur', 'Chauffeur du TPG'],
    ['DGCP', 'A 14', 'Formation professionnelle', 'Formation professionnelle et documentation, formateur HELIOS'],
    ['DGCP', 'A 15', 'Restaurant administratif - Cafétéria', undefined],
    ['DGCP', 'A 21', 'Service de caisse', 'Caissier'],
    ['DGCP', 'A 24', 'Service de communication', undefined],
    ['DGCP', 'A 28', 'Service administratif de proximité avec les professionnels', 'Dépôt et services financiers'],
    ['DGCP', 'A 31', 'Transport de valeurs', undefined],
    ['DGCP', 'C 52', "Agent enquêteur de la redevance de l'audiovisuelle (pm)", undefined],
    ['DGCP', 'C 58', 'Chargé de mission', undefined],
    ['DGI', 'A 07', "Groupe d'intervention régional", "Groupe d'intervention régional"],
    ['DGI', 'A 11', 'Chauffeur', 'Chauffeur du DSF'],
    ['DGI', 'A 17', 'Accueil téléphonique', 'Standard'],
    ['DGI', 'A 21', 'Service de caisse', 'Recette - Hypothèque - Cadastre'],
    ['DGI', 'A 27', 'Équipe de renfort départementale', "Équipe de renfort et d'assistance"],
    ['DGI', 'A 30', 'Plateau téléphonique', 'Renseignements téléphoniques (campagne IR)'],
    ['DGI', 'B 54', 'Courriel', undefined],
    ['DGI', 'B 59', "Service d'enquête et de poursuite (SEP)", undefined],
    ['DGDDI', 'A 03', 'Encadrement "chef de service ou chef de poste"', 'Chef de service surveillance, chef de poste, chef de secteur, chef de CERDOC, receveur, chef de bureau, CISD, CIRE'],
    ['DGDDI', 'A 09', "Équipe technique et d'entretien", 'Brigade hors rang'],
    ['DGDDI', 'A 14', 'Formation professionnelle', 'Formateurs'],
    ['DGDDI', 'A 20', "Régisseur d'avance et de recette", undefined],
    ['DGDDI', 'A 26', 'Dactylo codage', 'Saisie'],
    ['DGDDI', 'A 29', 'Service administratif de proximité avec les particuliers', 'Sections écritures et gestion'],
    ['DGDDI', 'F 58', 'Contrôle Point de Passage Autorisé (PPA)', undefined],
    ['DGDDI', 'F 64', 'Maître chiens "Explosifs"', undefined],
    ['DGDDI', 'F 68', 'Service de la jauge', undefined],
    ['DGDDI', 'MA02', 'Pont : chef de quart', undefined],
    ['DGDDI', 'MA08', 'Fonctions diverses : matelot radio - radariste', undefined],
    ['DGDDI', 'AR01', 'Personnel navigant technique', undefined],
    ['DGDDI', 'AR05', 'Pilote : hélicoptère', undefined],
    ['DGDDI', 'LA02', 'Personnel technique des laboratoires - chimie', undefined],
    ['DGCCRF', 'A 02', 'Encadrement "chef de division"', 'Chef de service départemental adjoint, inspecteurs principaux'],
    ['DGCCRF', 'A 12', 'Service courrier - Reprographie', 'Secrétariat général'],
    ['DGCCRF', 'A 25', 'Audit - Contrôle interne - Inspection des services', 'Responsable qualité'],
    ['DGCCRF', 'A 29', 'Service administratif de proximité avec les particuliers', 'Enquêteurs, information des usagers'],
    ['DGCCRF', 'G 57', 'Contrôle dans les "Abattoirs et Elevages d\'animaux"', undefined],
    ['DGCCRF', 'G 60', 'Télétravail', undefined],
    ['DGCCRF', 'G 71', 'Technicien de laboratoire - microbiologie', undefined],
    ['INSEE', 'A 03', 'Encadrement "chef de service ou chef de poste"', 'Encadrement intermédiaire (chef de division)'],
    ['INSEE', 'A 15', 'Restaurant administratif - Cafétéria', 'Restaurant administratif - Cafétéria'],
    ['INSEE', 'A 20', "Regisseur d'avance et de recette", 'Régie'],
    ['INSEE', 'A 25', 'Audit, contrôle interne, inspection des services', 'Développement de la qualité et/ou du contrôle de gestion'],
    ['INSEE', 'A 30', 'Plateau téléphonique', 'Réponses Insee-contact, réponses Sirène'],
    ['INSEE', 'D 51', 'Cartographie', 'Activité CICN'],
    ['INSEE', 'D 52', 'Publication assistée par ordinateur', 'PAO'],
    ['INSEE', 'D 54', "Activité d'enquête auprès des ménages", undefined],
    ['INSEE', 'D 57', "Activité de gestion des fichiers d'entreprise", 'Sirène, Clap-Olée, Epure, DADS, Ecmos'],
    ['DRIRE', 'A 01', 'Encadrement "supérieur"', 'Directeur'],
    ['DRIRE', 'A 03', 'Encadrement "chef de service ou chef de poste"', 'Chef de subdivision'],
    ['DRIRE', 'A 16', 'Accueil - Accueil téléphonique', 'Standard - accueil'],
    ['DRIRE', 'A 20', "Régisseur d'avance et de recette", 'Personnel de régie'],
    ['DRIRE', 'E 53', 'Personnel technique "Équipement sous pression"', undefined],
    ['DRIRE', 'E 59', 'Inspection travail "Production transport d\'énergie"', undefined],
    ['DRIRE', 'E 61', 'Contrôle routier', undefined],
  ] as const)('%s %s', (d, code, title, personnel) => {
    const u = unit(d, code);
    expect(u.title).toBe(title);
    expect(u.personnel).toBe(personnel);
    expect(u.scope).toBe(/^A /.test(code) ? 'commune' : 'spécifique');
  });

  it('decisions on ambiguous cells', () => {
    // DGCP/DGDDI: "…, transport de valeurs" ends A 22's cell; A 31 has none.
    expect(unit('DGCP', 'A 22').personnel).toMatch(/^Département des études .*secrétaire du directeur, transport de valeurs$/);
    expect(unit('DGDDI', 'A 22').personnel).toMatch(/^Gestionnaire formation, .*transport de valeurs$/);
    expect(unit('DGDDI', 'A 31').personnel).toBeUndefined();
    // DGI: the public desk and the switchboard go to A 16, the switchboard alone to A 17, none to the restaurant.
    expect(unit('DGI', 'A 15').personnel).toBeUndefined();
    expect(unit('DGI', 'A 16').personnel).toBe('Accueil, renseignement et orientation du public ; Standard - Accueil');
    // DGDDI AR: five titles for six codes, in order; AR06 kept with an empty title (none invented).
    expect(unit('DGDDI', 'AR06').title).toBe('');
    expect(unit('DGDDI', 'AR05').title).toBe('Pilote : hélicoptère');
    expect(unitsOf('DGDDI').some((u) => /piote/i.test(u.title))).toBe(false);
    // DRIRE A 02: the cut "…, chef de" is dropped; "surs le terrain" corrected.
    expect(unit('DRIRE', 'A 02').personnel).toBe('Secrétaire général, chef de division');
    expect(unit('DRIRE', 'A 13').personnel).toBe('Correspondant informatique sur le terrain, agent informatique');
  });

  it('the units are frozen data', () => {
    expect(Object.isFrozen(WORK_UNITS)).toBe(true);
    expect(() => {
      (WORK_UNITS[0] as { title: string }).title = 'x';
    }).toThrow();
  });
});

describe('unitLabel', () => {
  it.each([
    ['DGCP', 'A 16', 'A 16 - Accueil - Accueil téléphonique'],
    ['DGDDI', 'F 64', 'F 64 - Maître chiens "Explosifs"'],
    ['DGDDI', 'MA01', 'MA01 - Pont : matelot'],
    ['INSEE', 'D 51', 'D 51 - Cartographie'],
    ['DGCCRF', 'G 70', 'G 70 - Technicien de laboratoire - chimie'],
    ['DGDDI', 'AR06', 'AR06'], // no title in the guide: the code alone, no dangling " - "
  ] as const)('%s %s', (d, code, label) => {
    expect(unitLabel(unit(d, code))).toBe(label);
  });

  it('labels are unique within a direction', () => {
    for (const d of DIRECTIONS) {
      const labels = unitsOf(d).map(unitLabel);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});

describe('findUnit', () => {
  it.each([
    // [typed text, direction, expected direction, expected code]
    ['A 16 - Accueil - Accueil téléphonique', 'DGCP', 'DGCP', 'A 16'],
    ['a16 - accueil - accueil telephonique', 'DGCP', 'DGCP', 'A 16'],
    ['  A 16  -  ACCUEIL – Accueil   Téléphonique ', 'DRIRE', 'DRIRE', 'A 16'],
    ['A 16 - Accueil – Accueil téléphonique', 'DGDDI', 'DGDDI', 'A 16'], // DGDDI's en dash, or not
    ['A 16 - Accueil - Accueil téléphonique', 'DGDDI', 'DGDDI', 'A 16'],
    ['a16', 'DGI', 'DGI', 'A 16'],
    ['A 16', 'DGI', 'DGI', 'A 16'],
    ['A16', 'DGI', 'DGI', 'A 16'],
    ['ma01', 'DGDDI', 'DGDDI', 'MA01'],
    ['MA 01', 'DGDDI', 'DGDDI', 'MA01'],
    ['f64', 'DGDDI', 'DGDDI', 'F 64'],
    ['F 64 - Maitre chiens EXPLOSIFS', 'DGDDI', 'DGDDI', 'F 64'],
    ['maître chiens "stupéfiants"', 'DGDDI', 'DGDDI', 'F 65'],
    ['Télétravail', 'DGCCRF', 'DGCCRF', 'G 60'],
    ['teletravail', undefined, 'DGCCRF', 'G 60'],
    ['Agent chargé de la mise en oeuvre HS (ACMO)', 'INSEE', 'INSEE', 'A 04'],
    ["Régisseur d'avance et de recette", 'INSEE', 'INSEE', 'A 20'], // INSEE writes "Regisseur"
    ['Dactylo codage', 'INSEE', 'INSEE', 'A 26'], // INSEE writes "Dactylo-codage"
    ['A 25 - Audit - Contrôle interne - Inspection des services', 'INSEE', 'INSEE', 'A 25'],
    ['Pont : matelot', undefined, 'DGDDI', 'MA01'],
    ['A 00', undefined, 'DGCP', 'A 00'], // without a direction: the first in guide order
    ['Accueil téléphonique', undefined, 'DGI', 'A 17'],
    ['b 51', undefined, 'DGI', 'B 51'],
    ['A 17', 'DPAEP', 'DPAEP', 'A 17'],
  ] as const)('%j (%s) → %s %s', (text, direction, d, code) => {
    const u = findUnit(text, direction);
    expect(u && [u.direction, u.code]).toEqual([d, code]);
  });

  it.each([
    ['', undefined],
    ['   ', 'DGCP'],
    ['Sélectionner…', undefined],
    ['A 23', undefined], // no list has it
    ['A 17', 'DGCP'], // DGCP has no A 17
    ['A 02', 'DGI'],
    ['F 64', 'DGCP'], // a DGDDI unit asked of DGCP
    ['MA01', 'DGCCRF'],
    ['A 16 - Chauffeur', 'DGCP'], // code and title disagree
    ['A 16 - Accueil', 'DGCP'], // a title cut short
    ['A1', 'DGCP'],
    ['A 160', 'DGCP'],
    ['Accueil', undefined],
    ['Brigade canine', 'DGDDI'], // a unit the user added
    ['Cartographie', 'DRIRE'],
  ] as const)('%j (%s) → nothing', (text, direction) => {
    expect(findUnit(text, direction)).toBeUndefined();
  });

  it('finds every unit of every direction by its label, its code and its title', () => {
    for (const d of DIRECTIONS) {
      for (const u of unitsOf(d)) {
        expect(findUnit(unitLabel(u), d)).toBe(u);
        expect(findUnit(u.code.toLowerCase().replace(/ /g, ''), d)).toBe(u);
        if (u.title) expect(findUnit(u.title.toUpperCase(), d)).toBe(u);
      }
    }
  });
});

describe('parseDirection', () => {
  it.each([
    ['dgddi', 'DGDDI'],
    ['DGDDI', 'DGDDI'],
    [' DGDDI ', 'DGDDI'],
    ['D.G.D.D.I.', 'DGDDI'],
    ['dgi', 'DGI'],
    ['DGCP', 'DGCP'],
    ['DgCcRf', 'DGCCRF'],
    ['insee', 'INSEE'],
    ['Drire', 'DRIRE'],
    ['dpaep', 'DPAEP'],
    ['Direction générale des douanes et droits indirects', 'DGDDI'],
    ['DIRECTION GENERALE DES IMPOTS', 'DGI'],
    ["Direction régionale de l'industrie, de la recherche et de l'environnement", 'DRIRE'],
    ['DGFiP', 'DGFiP'],
    ['dgfip', 'DGFiP'],
    ['DGFIP', 'DGFiP'],
    ['Direction générale des finances publiques', 'DGFiP'],
  ] as const)('%j → %s', (text, expected) => {
    expect(parseDirection(text)).toBe(expected);
  });

  it.each(['', '  ', 'Sélectionner…', 'DGFiPX', 'DG', 'DGDDIX', 'douane', 'DGI DGCP', 'Direction générale'])('%j → nothing', (text) => {
    expect(parseDirection(text)).toBeUndefined();
  });

  it('reads back every direction and its name', () => {
    for (const d of DIRECTIONS) {
      expect(parseDirection(d)).toBe(d);
      expect(parseDirection(DIRECTION_NAMES[d].toUpperCase())).toBe(d);
    }
  });
});

describe('DGFiP: the union of the DGI and the DGCP (formed in 2008, after the guide)', () => {
  const dgfip = unitsOf('DGFiP');

  it('comes after the guide’s seven directions, which keep their lists', () => {
    expect(DIRECTIONS).toEqual([...GUIDE_DIRECTIONS, 'DGFiP']);
    expect(GUIDE_DIRECTIONS).toEqual(['DGCP', 'DGI', 'DGDDI', 'DGCCRF', 'INSEE', 'DRIRE', 'DPAEP']);
    for (const d of GUIDE_DIRECTIONS.filter((x) => x !== 'DPAEP')) expect(unitsOf(d).some((u) => u.derived)).toBe(false);
  });

  it('has each common code of either list once, in code order, then B 51… and C 51…', () => {
    const union = [...new Set([...codes('DGCP', 'commune'), ...codes('DGI', 'commune')])].sort();
    expect(codes('DGFiP', 'commune')).toEqual(union);
    expect(codes('DGFiP', 'commune')).toContain('A 02'); // DGCP only
    expect(codes('DGFiP', 'commune')).toContain('A 30'); // DGI only
    expect(codes('DGFiP', 'commune')).not.toContain('A 23');
    expect(codes('DGFiP')).toEqual([...union, ...codes('DGI', 'spécifique'), ...codes('DGCP', 'spécifique')]);
  });

  it('says every unit is ours (derived), with the sources’ titles and each source’s personnel named', () => {
    expect(dgfip.every((u) => u.direction === 'DGFiP' && u.derived === true)).toBe(true);
    expect(unit('DGFiP', 'A 11').personnel).toBe('DGCP : Chauffeur du TPG ; DGI : Chauffeur du DSF');
    expect(unit('DGFiP', 'A 02').personnel).toBe('DGCP : Trésorier principal, receveur percepteur, inspecteur');
    expect(unit('DGFiP', 'A 31').personnel).toBeUndefined(); // neither list has one
    expect(unit('DGFiP', 'B 59')).toEqual({ direction: 'DGFiP', code: 'B 59', title: "Service d'enquête et de poursuite (SEP)", scope: 'spécifique', derived: true });
    expect(unit('DGFiP', 'C 55').title).toBe('Huissier du trésor');
  });

  it('finds DGI and DGCP units, not another direction’s', () => {
    expect(findUnit('b 51', 'DGFiP')?.code).toBe('B 51');
    expect(findUnit('C 58 - Chargé de mission', 'DGFiP')?.code).toBe('C 58');
    expect(findUnit('Plateau téléphonique', 'DGFiP')?.code).toBe('A 30');
    expect(findUnit('F 64', 'DGFiP')).toBeUndefined();
    expect(findUnit('G 60', 'DGFiP')).toBeUndefined();
  });

  it('is named as the DGFiP calls itself', () => {
    expect(DIRECTION_NAMES.DGFiP).toBe('Direction générale des Finances publiques');
  });
});
