import { RISK_FAMILIES, familyLabel, findFamily } from '../../../src/domain/catalogue/families';

describe('the 26 risk families of annex 6', () => {
  it('are 01..26 in order, with the list’s abbreviations, 01–20 génériques and 21–26 particuliers', () => {
    expect(RISK_FAMILIES.map((f) => f.code)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(RISK_FAMILIES.map((f) => f.abbr)).toEqual([
      'RACP', 'RAF', 'RAMP', 'RB', 'RCHI', 'RCHUP', 'RCHUH', 'RCI', 'RRCE', 'RE', 'RECO', 'REET', 'RIE', 'RIEX', 'RMH',
      'RMM', 'RO', 'RPS', 'RR', 'RTA', 'RA', 'RAM', 'RMEA', 'RPL', 'RPR', 'RV',
    ]);
    expect(RISK_FAMILIES.filter((f) => f.group === 'générique').map((f) => f.code)).toHaveLength(20);
    expect(RISK_FAMILIES.slice(20).every((f) => f.group === 'particulier')).toBe(true);
  });

  it('record the fiche’s own spelling of family 07', () => {
    expect(RISK_FAMILIES[6].abbrVariants).toEqual(['RCHU']);
  });

  it('have every part of every fiche, family 02’s missing "Humains" and family 26’s "Individuels" (only "…") aside', () => {
    for (const f of RISK_FAMILIES) {
      expect(f.definition.length).toBeGreaterThan(40);
      for (const part of [f.dangers, f.dommages, f.facteurs, f.pistes, f.prevention.organisationnels, f.prevention.collectifs]) {
        expect(part.length).toBeGreaterThan(0);
      }
      if (f.code !== '02') expect(f.prevention.humains.length).toBeGreaterThan(0);
      if (f.code !== '26') expect(f.prevention.individuels.length).toBeGreaterThan(0);
    }
    expect(RISK_FAMILIES[1].prevention.humains).toEqual([]);
    expect(RISK_FAMILIES[25].prevention.individuels).toEqual([]);
  });

  it('never store the guide’s "…" (or any text without a word) as an item', () => {
    for (const f of RISK_FAMILIES) {
      const items = [f.dangers, f.dommages, f.facteurs, f.pistes, ...Object.values(f.prevention)].flat();
      for (const item of items) expect([f.code, item]).toEqual([f.code, expect.stringMatching(/\p{L}{2}/u)]);
    }
  });

  it('put every fiche’s EPI under Individuels, never under Humains (fiche 16 printed them swapped)', () => {
    for (const f of RISK_FAMILIES) {
      expect([f.code, f.prevention.humains.filter((t) => /\bEPI\b/.test(t))]).toEqual([f.code, []]);
    }
    const f16 = RISK_FAMILIES[15];
    expect(f16.prevention.individuels).toEqual(['EPI (Casque, Gants, Chaussures de sécurité).']);
    expect(f16.prevention.humains).toEqual(['Formation et habilitation des personnels.', 'Former et évaluer les personnels.']);
    expect(f16.notes?.join(' ')).toMatch(/EPI sous « Humains »/);
  });

  it('write right the words the guide cut at line ends or misspelt, and say so in the notes', () => {
    const all = JSON.stringify(RISK_FAMILIES.map(({ notes: _notes, ...f }) => f));
    for (const slip of ['sousdimensionné', 'coupefeu', 'nonionisants', 'nonprévues', ' ntoxication', 'pongée', 'reversement', 'différents de types']) {
      expect(all).not.toContain(slip);
    }
    const f = (code: string) => RISK_FAMILIES.find((x) => x.code === code)!;
    expect(f('16').facteurs).toContain("Utilisation d'un dispositif sous-dimensionné ou dans des conditions non prévues.");
    expect(f('13').prevention.collectifs.join(' ')).toContain('porte coupe-feu');
    expect(f('19').definition).toContain('(ionisants et non ionisants)');
    expect(f('05').dommages).toContain('Irritation, intoxication, brûlure.');
    expect(JSON.stringify(f('24'))).toContain('"Durée de la plongée."');
    expect(f('19').notes).toContain('« nonionisants » (mot coupé en fin de ligne dans le guide) est écrit « non ionisants ».');
    expect(f('26').notes?.join(' ')).toMatch(/« … »/);
    // Families the guide prints right carry no notes.
    expect(f('01').notes).toBeUndefined();
  });

  it('hold the guide’s sentences under the right headings (fiches printed stacked included)', () => {
    const f = (code: string) => RISK_FAMILIES.find((x) => x.code === code)!;
    expect(f('01').dangers).toContain("Manutention d'objets lourds (12,5 kg pour une femme et 25 kg pour un homme, de 18 à 45 ans).");
    expect(f('01').facteurs).toContain('Station debout prolongée sans déplacement.');
    expect(f('01').dommages).toEqual(['Traumatisme musculaire, dorsalgie, lombalgie, troubles articulaires, TMS.']);
    expect(f('09').facteurs).toContain('Interception de contrevenants.');
    expect(f('09').dangers).toEqual(['Véhicule défaillant, insuffisamment équipé ou inadapté.', 'Dispersion des lieux de travail.']);
    expect(f('20').facteurs).toContain('Travail en horaires décalés.');
    expect(f('02').prevention.individuels).toEqual(['EPI (masque anti-poussière P3, combinaison jetable, gants, lunettes).']);
    expect(f('17').prevention.collectifs[0]).toMatch(/homme mort/);
    expect(f('19').definition).toMatch(/rayonnements|radiations|ionisants/i);
    expect(f('26').pistes.every((p) => p.endsWith('?'))).toBe(true);
  });

  it('never carry the page furniture of the PDF', () => {
    const all = JSON.stringify(RISK_FAMILIES);
    expect(all).not.toMatch(/Ministère|Retour à la Liste|DOCUMENT UNIQUE/);
  });

  it('label as the dropdown shows them', () => {
    expect(familyLabel(RISK_FAMILIES[0])).toBe("01 - Risques liés à l'Activité Physique (RACP)");
  });

  it.each([
    ["01 - Risques liés à l'Activité Physique (RACP)", '01'],
    ['1', '01'],
    ['09', '09'],
    ['rrce', '09'],
    ['RCHU', '07'],
    ['risques psycho-sociaux', '18'],
    ['18 - RPS', '18'],
    ['Risques lies aux Vibrations (RV)', '26'],
  ])('finds %p as family %s', (text, code) => {
    expect(findFamily(text)?.code).toBe(code);
  });

  it.each(['27', 'bruit', '', 'RPSX', '18 - Risques Chimiques'])('finds nothing for %p', (text) => {
    expect(findFamily(text)).toBeUndefined();
  });
});
