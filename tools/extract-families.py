#!/usr/bin/env python3
"""One-off extraction of annex 6 (risk family fiches) from the guide's text into
src/domain/catalogue/families-data.ts. Kept as provenance: the guide's PDF extraction stacks
some headings above their paragraphs (fiches 01, 06, 09, 20); those are mapped by hand below.
The guide's slips (words cut at line ends, fiche 16's swapped headings, fiche 26's "…") are set
right by set_right(), each with a note in the family's `notes`.
Usage: python3 tools/extract-families.py ../shared/seeds/002_f2aa549ead8c0be2.txt"""
import json, re, sys

src = open(sys.argv[1], encoding='utf-8').read().split('\n')
listing = ' '.join(src[360:362])
titles = {m.group(1): (m.group(2).strip(), m.group(3)) for m in re.finditer(r"(\d\d) - (.+?) \(([A-Z]+)\)", listing)}
text = '\n'.join(src[365:680])
parts = re.split(r'\n(\d\d) - (RISQUES? [^\n]*\(([A-Z]+)\))\n', text)

def sentences(chunk):
    chunk = re.sub(r'\s+', ' ', chunk).strip()
    if not chunk:
        return []
    items = re.split(r'(?<=[.?!…])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ«"])', chunk)
    return [i.strip() for i in items if i.strip()]

HEADS = ['DANGERS', 'DOMMAGES', 'FACTEURS', 'MOYENS DE PREVENTION', "Quelques pistes d'investigation…"]
MEANS = [('organisationnels', 'Organisationnels'), ('collectifs', 'Techniques Collectifs'), ('individuels', 'Individuels'), ('humains', 'Humains')]

# Fiches whose headings the extraction stacked: which paragraph goes under which heading.
STACKED = {
    '01': {'dangers': 0, 'facteurs': 1, 'dommages': 2},
    '06': {'dangers': [0, 2], 'facteurs': 1, 'dommages': 3},
    '09': {'dangers': 0, 'facteurs': [1, 2], 'dommages': 3},
    '20': {'dangers': 0, 'dommages': 1, 'facteurs': 2},
}

def parse(code, body):
    body = body.split('Retour à la Liste des Familles de Risques')[0]
    first_head = min(body.find(h) for h in HEADS if h in body)
    definition = re.sub(r'\s+', ' ', body[:first_head]).strip()
    rest = body[first_head:]
    out = {}
    if code in STACKED:
        moyens_at = rest.find('MOYENS DE PREVENTION')
        pistes_at = rest.find("Quelques pistes")
        head_part = rest[:moyens_at]
        # The paragraphs between the stacked headings, in order (headings removed).
        paras = [p.strip() for p in re.split(r'\n', re.sub(r'\b(DANGERS|DOMMAGES|FACTEURS)\b', '\n', head_part)) if p.strip()]
        tail = rest[moyens_at + len('MOYENS DE PREVENTION'):pistes_at]
        # A paragraph printed after MOYENS DE PREVENTION but before "Organisationnels" is the damages.
        pre, _, means_text = tail.partition('Organisationnels')
        paras += [p.strip() for p in pre.split('\n') if p.strip()]
        for key, idx in STACKED[code].items():
            idxs = idx if isinstance(idx, list) else [idx]
            out[key] = [s for i in idxs for s in sentences(paras[i])]
        means_text = 'Organisationnels' + means_text
        pistes = rest[pistes_at:]
    else:
        pos = sorted((rest.find(h), h) for h in HEADS if h in rest)
        sections = {}
        for i, (p, h) in enumerate(pos):
            end = pos[i + 1][0] if i + 1 < len(pos) else len(rest)
            sections[h] = rest[p + len(h):end]
        for key, head in [('dangers', 'DANGERS'), ('dommages', 'DOMMAGES'), ('facteurs', 'FACTEURS')]:
            out[key] = sentences(sections.get(head, ''))
        means_text = sections.get('MOYENS DE PREVENTION', '')
        pistes = "Quelques pistes d'investigation…" + sections.get("Quelques pistes d'investigation…", '')
    prevention = {}
    mpos = [(means_text.find(label), key, label) for key, label in MEANS if label in means_text]
    mpos.sort()
    for i, (p, key, label) in enumerate(mpos):
        end = mpos[i + 1][0] if i + 1 < len(mpos) else len(means_text)
        prevention[key] = sentences(means_text[p + len(label):end])
    for key, _ in MEANS:
        prevention.setdefault(key, [])
    out['prevention'] = prevention
    out['pistes'] = sentences(pistes.replace("Quelques pistes d'investigation…", ''))
    out['definition'] = definition
    return out

# The guide's slips, set right after extraction; each leaves a note (in French, for people) in
# the family's `notes`, so that `duerp catalogue families --json` says what differs from print.
# Words cut at a line end lost their hyphen (or their space) when the PDF was extracted: found by
# scanning the data for words made of two words of the guide (the seed holds the joined forms,
# e.g. `grep -o 'sousdimensionn[^ ]*' seed`). Kept as written, being ordinary one-word
# spellings: physicochimiques, coactivité, antibruit, antidéflagrant, antidérapant, surchaussure,
# contrebas, psychopathologies.
CUT_WORDS = [
    ('13', 'coupefeu', 'coupe-feu'),
    ('16', 'sousdimensionné', 'sous-dimensionné'),
    ('16', 'nonprévues', 'non prévues'),
    ('19', 'nonionisants', 'non ionisants'),
]
# Letters lost (or a word too many) in the guide or its extraction.
LOST_LETTERS = [
    ('19', 'différents de types', 'différents types'),
    ('05', 'ntoxication', 'intoxication'),
    ('24', 'pongée', 'plongée'),
    ('24', "l'activité de même de la plongée", "l'activité même de la plongée"),
    ('07', 'anti-reversement', 'anti-renversement'),
]

def replace_everywhere(f, old, new):
    """Replaces a word in every text of a family; the word must occur (the guide is fixed)."""
    hits = 0
    def fix(text):
        nonlocal hits
        out = re.sub(r'(?<![\w-])' + re.escape(old) + r'(?![\w-])', new, text)
        hits += out != text
        return out
    for key in ('definition',):
        f[key] = fix(f[key])
    for key in ('dangers', 'dommages', 'facteurs', 'pistes'):
        f[key] = [fix(t) for t in f[key]]
    for kind in f['prevention']:
        f['prevention'][kind] = [fix(t) for t in f['prevention'][kind]]
    assert hits, (f['code'], old)

def set_right(f):
    notes = []
    if 'abbrVariants' in f:
        notes.append(f"La fiche écrit ({f['abbrVariants'][0]}), la liste des familles ({f['abbr']}) : l'abréviation de la liste est retenue, l'autre reste reconnue.")
    for code, old, new in CUT_WORDS:
        if f['code'] == code:
            replace_everywhere(f, old, new)
            notes.append(f"« {old} » (mot coupé en fin de ligne dans le guide) est écrit « {new} ».")
    for code, old, new in LOST_LETTERS:
        if f['code'] == code:
            replace_everywhere(f, old, new)
            notes.append(f"« {old} » (coquille du guide) est écrit « {new} ».")
    if f['code'] == '16':
        # The fiche prints its EPI under "Humains" and its training under "Individuels", the other
        # way round from every other fiche: the EPI go back to Individuels, the training to Humains.
        p = f['prevention']
        epi = [t for t in p['humains'] if t.startswith('EPI')]
        training = p['individuels']
        assert epi and training == ['Formation et habilitation des personnels.'], p
        p['individuels'] = epi
        p['humains'] = training + [t for t in p['humains'] if t not in epi]
        notes.append("Le guide imprime les EPI sous « Humains » et la formation sous « Individuels », à l'inverse de toutes les autres fiches : les EPI sont rangés sous « Individuels », la formation et l'habilitation sous « Humains ».")
    if f['code'] == '26':
        # The fiche's "Individuels" holds only the guide's "…": no measure, so none is listed.
        assert f['prevention']['individuels'] == ['…'], f['prevention']['individuels']
        f['prevention']['individuels'] = []
        notes.append("Sous « Individuels », le guide n'imprime que « … » : aucun moyen individuel n'est listé.")
    if f['code'] == '02':
        notes.append("La fiche ne donne aucun moyen de prévention « Humains » : la liste reste vide, comme dans le guide.")
    if notes:
        f['notes'] = notes

families = []
for i in range(1, len(parts), 4):
    code, _upper, fiche_abbr, body = parts[i], parts[i + 1], parts[i + 2], parts[i + 3]
    title, abbr = titles[code]
    f = {'code': code, 'abbr': abbr}
    if fiche_abbr != abbr:
        f['abbrVariants'] = [fiche_abbr]
    f.update({'title': title, 'group': 'générique' if int(code) <= 20 else 'particulier'})
    parsed = parse(code, body)
    f.update({k: parsed[k] for k in ['definition', 'dangers', 'dommages', 'facteurs', 'prevention', 'pistes']})
    set_right(f)
    families.append(f)

print('/* Generated by tools/extract-families.py from the guide\'s annex 6, then read over. Do not edit by hand: fix the script. */')
print("import type { RiskFamily } from './types';\n")
print('export const FAMILY_DATA: readonly RiskFamily[] = ' + json.dumps(families, ensure_ascii=False, indent=2) + ';')
