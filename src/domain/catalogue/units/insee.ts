/**
 * INSEE — Institut national de la statistique et des études économiques (annex 7, "mise à jour
 * INSEE le 23 octobre 2007"). Titles as this page writes them ("Personnel d'entretien "ménage"",
 * "Regisseur", "Audit, contrôle interne, …", "Dactylo-codage"); label matching ignores the
 * differences with the other directions' spelling.
 */
import { toUnits, type UnitRow } from './rows';

/** 18 personnel cells for the 18 codes A 00–A 25, then pairs for A 26/A 28 and A 29/A 30. */
const COMMUNES: readonly UnitRow[] = [
  ['A 00', 'Ensemble des agents', 'Agents exposés à un risque commun'],
  ['A 01', 'Encadrement "supérieur"', 'Activité de direction (directeur - chef de service)'],
  ['A 03', 'Encadrement "chef de service ou chef de poste"', 'Encadrement intermédiaire (chef de division)'],
  ['A 04', 'Agent chargé de la mise en œuvre HS (ACMO)', 'ACMO'],
  ['A 05', 'Délégué syndical', "Représentant d'une organisation syndicale"],
  ['A 06', 'Correspondant social', 'Correspondant(e) social(e)'],
  ['A 08', 'Personnel d\'entretien "ménage"', 'Activité de nettoyage'],
  ['A 09', "Équipe technique et d'entretien", "Équipe technique et d'entretien"],
  ['A 10', 'Suivi des travaux et chantiers', 'Agent en charge du suivi des travaux et chantiers'],
  ['A 12', 'Service courrier - Reprographie', "Activité d'un service courrier et/ou reprographie"],
  ['A 13', 'Service informatique et maintenance', 'Division informatique régionale'],
  ['A 14', 'Formation professionnelle', 'Ressources humaines, formation, CPP'],
  ['A 15', 'Restaurant administratif - Cafétéria', 'Restaurant administratif - Cafétéria'],
  ['A 17', 'Accueil téléphonique', 'Standard'],
  ['A 20', "Regisseur d'avance et de recette", 'Régie'],
  ['A 22', 'Service administratif de direction', 'Secrétariat, assistants de gestion, budget, comptabilité, gestion du personnel, paie, etc'],
  ['A 24', 'Service de communication', 'Chargé de communication externe'],
  ['A 25', 'Audit, contrôle interne, inspection des services', 'Développement de la qualité et/ou du contrôle de gestion'],
  ['A 26', 'Dactylo-codage', 'Saisie'],
  ['A 28', 'Service administratif de proximité avec les professionnels', 'Etudes régionales, Unité de service aux acteurs publics, unité service universel, enquêteurs entreprises, superviseurs du recensement de la population'],
  ['A 29', 'Service administratif de proximité avec les particuliers', 'Enquêteurs ménages et prix'],
  ['A 30', 'Plateau téléphonique', 'Réponses Insee-contact, réponses Sirène'],
];

/**
 * Three personnel cells for seven units, matched by meaning: "Activité CICN" (cartographie) to
 * D 51, "PAO" to D 52, "Sirène, Clap-Olée, Epure, DADS, Ecmos" (company files) to D 57.
 */
const SPECIFIQUES: readonly UnitRow[] = [
  ['D 51', 'Cartographie', 'Activité CICN'],
  ['D 52', 'Publication assistée par ordinateur', 'PAO'],
  ['D 53', 'Activité de recensement'],
  ['D 54', "Activité d'enquête auprès des ménages"],
  ['D 55', "Activité d'enquête sur les prix"],
  ['D 56', "Activité de gestion de l'état-civil et des fichiers électoraux"],
  ['D 57', "Activité de gestion des fichiers d'entreprise", 'Sirène, Clap-Olée, Epure, DADS, Ecmos'],
];

export const INSEE_UNITS = [...toUnits('INSEE', 'commune', COMMUNES), ...toUnits('INSEE', 'spécifique', SPECIFIQUES)];
