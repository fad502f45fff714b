/** DGI — Direction générale des impôts (annex 7). No A 02 in this list (codes jump A 01 → A 03). */
import { toUnits, type UnitRow } from './rows';

const COMMUNES: readonly UnitRow[] = [
  ['A 00', 'Ensemble des agents', 'Agents exposés à un risque commun'],
  ['A 01', 'Encadrement "supérieur"', 'Chef de services fiscaux, directeurs départementaux, directeurs divisionnaires, receveurs divisionnaires'],
  ['A 03', 'Encadrement "chef de service ou chef de poste"', 'Inspecteurs départementaux, inspecteurs'],
  ['A 04', 'Agent chargé de la mise en œuvre HS (ACMO)', 'ACMO'],
  ['A 05', 'Délégué syndical', "Représentant d'une organisation syndicale"],
  ['A 06', 'Correspondant social', 'Correspondant(e) social(e)'],
  ['A 07', "Groupe d'intervention régional", "Groupe d'intervention régional"],
  ['A 08', 'Personnel d\'entretien "Ménage"', "Service d'entretien"],
  ['A 09', "Équipe technique et d'entretien", "Équipe d'entretien"],
  ['A 10', 'Suivi des travaux et chantiers', 'Suivi des travaux'],
  ['A 11', 'Chauffeur', 'Chauffeur du DSF'],
  ['A 12', 'Service courrier - Reprographie', "Agent exerçant une activité au sein d'un service courrier ou atelier de reprographie"],
  ['A 13', 'Service informatique et maintenance', 'Cellule micro, assistants utilisateurs'],
  ['A 14', 'Formation professionnelle', 'Centre formation'],
  // Between "Centre formation" (A 14) and "Gardien - Concierge" (A 18) the run reads
  // "Accueil, renseignement et orientation du public | Standard - Accueil | Standard" for A 15,
  // A 16, A 17. None of it fits the restaurant (A 15 has no personnel in DGCP or DGDDI either):
  // the public desk and the switchboard go to A 16 "Accueil - Accueil téléphonique", the
  // switchboard alone to A 17 "Accueil téléphonique".
  ['A 15', 'Restaurant administratif - Cafétéria'],
  ['A 16', 'Accueil - Accueil téléphonique', 'Accueil, renseignement et orientation du public ; Standard - Accueil'],
  ['A 17', 'Accueil téléphonique', 'Standard'],
  ['A 18', 'Gardien - Concierge', 'Gardien - Concierge'],
  ['A 19', 'Veilleur de nuit - vigile', 'Veilleur de nuit'],
  ['A 20', "Régisseur d'avance et de recette", 'Personnel et moyens budgétaires'],
  ['A 21', 'Service de caisse', 'Recette - Hypothèque - Cadastre'],
  ['A 22', 'Service administratif de direction', 'Contrôle fiscal externe, législation contentieux, domaine, ressources humaines, moyens budgétaires informatiques, organisation mission, stratégies, pilotage, communication, formation professionnelle, secrétariat de direction, recette, poste comptable'],
  ['A 24', 'Service de communication', 'Chargé de communication, service de communication'],
  ['A 25', 'Audit - Contrôle interne - Inspection des services', 'Inspection principale des services'],
  ['A 26', 'Dactylo codage', 'Dactylo codage'],
  ['A 27', 'Équipe de renfort départementale', "Équipe de renfort et d'assistance"],
  ['A 28', 'Service administratif de proximité avec les professionnels', 'Inspection principale, conservation des hypothèques, cellule enregistrement, vérificateurs, inspecteurs des impôts et recette'],
  ['A 29', 'Service administratif de proximité avec les particuliers', 'Recette, centre des impôts, hypothèques, centre impôts foncier, vérificateurs, brigade de contrôle et recherche'],
  ['A 30', 'Plateau téléphonique', 'Renseignements téléphoniques (campagne IR)'],
  ['A 31', 'Transport de valeurs'],
];

/** No personnel column is filled on this page. */
const SPECIFIQUES: readonly UnitRow[] = [
  ['B 51', 'Brigade domaniale'],
  ['B 52', 'Brigade géomètre - aide-géomètre - topographe'],
  ['B 53', "Brigade nationale d'enquête économique"],
  ['B 54', 'Courriel'],
  ['B 55', 'Inspection fiscale unique - Recette élargie'],
  ['B 56', 'Ordre et documentation - Services communs'],
  ['B 57', 'Régisseur - responsable du site'],
  ['B 58', "Secteur d'assiette"],
  ['B 59', "Service d'enquête et de poursuite (SEP)"],
  ['B 60', 'Brigade de vérification'],
];

export const DGI_UNITS = [...toUnits('DGI', 'commune', COMMUNES), ...toUnits('DGI', 'spécifique', SPECIFIQUES)];
