/** DRIRE — Direction régionale de l'industrie, de la recherche et de l'environnement (annex 7). */
import { toUnits, type UnitRow } from './rows';

const COMMUNES: readonly UnitRow[] = [
  ['A 00', 'Ensemble des agents', 'Agents exposés à un risque commun'],
  ['A 01', 'Encadrement "supérieur"', 'Directeur'],
  // The guide's cell is cut short: "Secrétaire général, chef de division, chef de". The
  // dangling "chef de" is dropped.
  ['A 02', 'Encadrement "chef de division"', 'Secrétaire général, chef de division'],
  ['A 03', 'Encadrement "chef de service ou chef de poste"', 'Chef de subdivision'],
  ['A 04', 'Agent chargé de la mise en œuvre HS (ACMO)', 'ACMO'],
  ['A 05', 'Délégué syndical', "Représentant d'une organisation syndicale"],
  ['A 06', 'Correspondant social', 'Correspondant social au secrétariat général'],
  ['A 08', 'Personnel d\'entretien "Ménage"', 'Femme de ménage'],
  ['A 09', "Équipe technique et d'entretien", "Équipe technique et d'entretien (agent du secrétariat général)"],
  ['A 10', 'Suivi des travaux et chantiers', 'Déplacement sur les chantiers (agent du secrétariat général)'],
  ['A 11', 'Chauffeur', 'Agent du secrétariat général'],
  ['A 12', 'Service courrier - Reprographie', 'Agent du secrétariat général'],
  // "surs le terrain" in the guide: typo corrected.
  ['A 13', 'Service informatique et maintenance', 'Correspondant informatique sur le terrain, agent informatique'],
  ['A 16', 'Accueil - Accueil téléphonique', 'Standard - accueil'],
  ['A 20', "Régisseur d'avance et de recette", 'Personnel de régie'],
  ['A 22', 'Service administratif de direction', 'Personnels administratifs tous services, gestion des ressources humaines, secrétaire du directeur'],
  ['A 24', 'Service de communication', 'Chargé de communication'],
];

/** No personnel column is filled on this page. */
const SPECIFIQUES: readonly UnitRow[] = [
  ['E 51', 'Personnel technique véhicule'],
  ['E 52', 'Personnel technique "Métrologie"'],
  ['E 53', 'Personnel technique "Équipement sous pression"'],
  ['E 54', 'Personnel technique "Installation classée"'],
  ['E 55', 'Personnel technique "Mines et Carrières"'],
  ['E 56', 'Personnel technique "Installation nucléaire"'],
  ['E 57', 'Personnel technique "Contrôle radioprotection"'],
  ['E 58', 'Personnel technique "Recherches pétrolières"'],
  ['E 59', 'Inspection travail "Production transport d\'énergie"'],
  ['E 60', 'Chargé de mission développement industriel'],
  ['E 61', 'Contrôle routier'],
];

export const DRIRE_UNITS = [...toUnits('DRIRE', 'commune', COMMUNES), ...toUnits('DRIRE', 'spécifique', SPECIFIQUES)];
