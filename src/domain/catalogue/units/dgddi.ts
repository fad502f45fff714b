/**
 * DGDDI — Direction générale des douanes et droits indirects (annex 7): the common units, the
 * specific units F 51–F 69 and the three sub-lists MARINS (MA), AERIENS (AR), LABORATOIRES (LA).
 * Titles are kept as this page writes them, en dashes included ("Accueil – Accueil
 * téléphonique"); label matching ignores the difference.
 */
import { toUnits, type UnitRow } from './rows';

/** No A 02, A 17, A 19, A 24 or A 27 in this list. */
const COMMUNES: readonly UnitRow[] = [
  ['A 00', 'Ensemble des agents', 'Agents exposés à un risque commun'],
  ['A 01', 'Encadrement "supérieur"', 'Directeur interrégional, directeur adjoint, chef divisionnaire, receveur régional'],
  ['A 03', 'Encadrement "chef de service ou chef de poste"', 'Chef de service surveillance, chef de poste, chef de secteur, chef de CERDOC, receveur, chef de bureau, CISD, CIRE'],
  ['A 04', 'Agent chargé de la mise en œuvre HS (ACMO)', 'ACMO'],
  ['A 05', 'Délégué syndical', "Représentant d'une organisation syndicale"],
  ['A 06', 'Correspondant social', 'Correspondant(e) social(e)'],
  ['A 07', "Groupe d'intervention régional", "Groupe d'intervention régional"],
  ['A 08', 'Personnel d\'entretien "Ménage"', 'Femme de ménage'],
  ['A 09', "Équipe technique et d'entretien", 'Brigade hors rang'],
  ['A 10', 'Suivi des travaux et chantiers', 'Équipement, suivi de chantiers, établissement public de la masse des douanes'],
  // Second run: 8 cells for A 11–A 16, A 18, A 20–A 22, matched by meaning; the restaurant
  // (A 15) and the régisseur (A 20) get none.
  ['A 11', 'Chauffeur', 'Chauffeur du directeur'],
  ['A 12', 'Service courrier - Reprographie', 'Service courrier ou atelier de reprographie'],
  ['A 13', 'Service informatique et maintenance', 'TSI, cellule SO FI'],
  ['A 14', 'Formation professionnelle', 'Formateurs'],
  ['A 15', 'Restaurant administratif – Cafétéria'],
  ['A 16', 'Accueil – Accueil téléphonique', 'Accueil du public, accueil téléphonique et orientation'],
  ['A 18', 'Gardien – Concierge', 'Concierge – Gardien'],
  ['A 20', "Régisseur d'avance et de recette"],
  ['A 21', 'Service de caisse', 'Service de caisse dans les recettes'],
  // As on the DGCP page, "…, transport de valeurs" ends A 22's comma-joined cell; A 31 has none.
  ['A 22', 'Service administratif de direction', "Gestionnaire formation, secrétariat division, secrétariat CHS-DI, personnel de recrutement, centrale interrégionale du renseignement, section de renseignements et d'orientations des contrôles du CERDOC, service des affaires générales et interrégionales, secrétariat du directeur, transport de valeurs"],
  // Third run (printed after the page footer): 4 cells for A 25, A 26, A 28, A 29 in order;
  // A 30 and A 31 get none.
  ['A 25', 'Audit – Contrôle interne – Inspection des services', 'Adjoint au chef de division'],
  ['A 26', 'Dactylo codage', 'Saisie'],
  ['A 28', 'Service administratif de proximité avec les professionnels', 'Réglementation tabac, cellule administrative du CISD, sections écritures et gestion'],
  ['A 29', 'Service administratif de proximité avec les particuliers', 'Sections écritures et gestion'],
  ['A 30', 'Plateau téléphonique'],
  ['A 31', 'Transport de valeurs'],
];

/** No personnel column is filled for the specific units, MA, AR or LA. */
const SPECIFIQUES: readonly UnitRow[] = [
  ['F 51', 'Archivistes'],
  ['F 52', "Agent en mission à l'étranger"],
  ['F 53', 'Agents de Paris Spécial'],
  ['F 54', 'Cellule conseils aux entreprises – Mission port'],
  ['F 55', 'Contentieux'],
  ['F 56', 'Contrôles contributions indirectes'],
  ['F 57', 'Contrôle physique des marchandises en site portuaire'],
  ['F 58', 'Contrôle Point de Passage Autorisé (PPA)'],
  ['F 59', 'Contrôle dans les établissements pétroliers et para-pétroliers'],
  ['F 60', 'Contrôle des navires'],
  ['F 61', 'Contrôle routier'],
  ['F 62', 'Enquêteurs du CERDOC'],
  ['F 63', 'Formateurs de sécurité'],
  ['F 64', 'Maître chiens "Explosifs"'],
  ['F 65', 'Maître chiens "Stupéfiants"'],
  ['F 66', 'Moniteurs de tir'],
  ['F 67', 'Motocyclistes'],
  ['F 68', 'Service de la jauge'],
  ['F 69', 'Service technique automobile – Inspecteur mécanique régional'],
];

const MARINS: readonly UnitRow[] = [
  ['MA01', 'Pont : matelot'],
  ['MA02', 'Pont : chef de quart'],
  ['MA03', 'Machine : électricien'],
  ['MA04', 'Machine : mécanicien'],
  ['MA05', 'Fonctions diverses : matelot cuisinier'],
  ['MA06', 'Fonctions diverses : matelot plongeur'],
  ['MA07', 'Fonctions diverses : matelot armurier'],
  ['MA08', 'Fonctions diverses : matelot radio - radariste'],
];

/**
 * The guide lists six codes AR01–AR06 but only five titles. The titles are taken in order for
 * AR01–AR05 (as every other run of this annex pairs in order); AR06 is kept, so the guide's
 * code range stays whole, with an empty title: the guide gives none, and an invented title
 * would be worse than none (its label is the code alone, `AR06`; the service completes it).
 * "Piote : hélicoptère" is the guide's typo for "Pilote : hélicoptère" (corrected here).
 */
export const AR06_MISSING_TITLE = '';
const AERIENS: readonly UnitRow[] = [
  ['AR01', 'Personnel navigant technique'],
  ['AR02', 'Mécanicien sol : électronicien'],
  ['AR03', 'Mécanicien sol : cellule et moteur'],
  ['AR04', 'Pilote : avion'],
  ['AR05', 'Pilote : hélicoptère'],
  ['AR06', AR06_MISSING_TITLE],
];

/** "Personnel administratifs" is the guide's spelling. */
const LABORATOIRES: readonly UnitRow[] = [
  ['LA01', 'Personnel scientifique des laboratoires - chimie'],
  ['LA02', 'Personnel technique des laboratoires - chimie'],
  ['LA03', 'Personnel administratifs des laboratoires'],
];

export const DGDDI_UNITS = [
  ...toUnits('DGDDI', 'commune', COMMUNES),
  ...toUnits('DGDDI', 'spécifique', [...SPECIFIQUES, ...MARINS, ...AERIENS, ...LABORATOIRES]),
];
