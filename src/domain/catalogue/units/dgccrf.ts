/** DGCCRF — Direction générale de la concurrence, de la consommation et de la répression des fraudes (annex 7). */
import { toUnits, type UnitRow } from './rows';

/** First personnel run: 10 cells for A 00–A 14 (A 15, the restaurant, has none); second: 5 cells for A 22–A 29. */
const COMMUNES: readonly UnitRow[] = [
  ['A 00', 'Ensemble des agents', 'Agents exposés à un risque commun'],
  ['A 01', 'Encadrement "supérieur"', 'Chef de service régional'],
  ['A 02', 'Encadrement "chef de division"', 'Chef de service départemental adjoint, inspecteurs principaux'],
  ['A 04', 'Agent chargé de la mise en œuvre HS (ACMO)', 'ACMO'],
  ['A 05', 'Délégué syndical', "Représentant d'une organisation syndicale"],
  ['A 06', 'Correspondant social', 'Correspondant(e) social(e)'],
  ['A 07', "Groupe d'intervention régional", "Groupe d'intervention régional"],
  ['A 12', 'Service courrier - Reprographie', 'Secrétariat général'],
  ['A 13', 'Service informatique et maintenance', 'Assistants utilisateurs, responsable informatique'],
  ['A 14', 'Formation professionnelle', 'Responsable régional de formation'],
  ['A 15', 'Restaurant administratif - Cafétéria'],
  ['A 22', 'Service administratif de direction', 'Secrétariat général, réponse courrier, courriel, comptabilité, contentieux'],
  ['A 24', 'Service de communication', 'Chargé de communication'],
  ['A 25', 'Audit - Contrôle interne - Inspection des services', 'Responsable qualité'],
  ['A 28', 'Service administratif de proximité avec les professionnels', 'Enquêteurs'],
  ['A 29', 'Service administratif de proximité avec les particuliers', 'Enquêteurs, information des usagers'],
];

/** No personnel column is filled; the codes jump from G 60 to G 70. */
const SPECIFIQUES: readonly UnitRow[] = [
  ['G 51', 'Enquêtes administratives en entreprise'],
  ['G 52', 'Contrôle de produits "Pétroliers"'],
  ['G 53', 'Contrôle de produits "Chimiques"'],
  ['G 54', 'Contrôle de produits "Cosmétiques"'],
  ['G 55', 'Contrôle de produits "Alimentaires"'],
  ['G 56', 'Contrôle de produits "Manufacturés"'],
  ['G 57', 'Contrôle dans les "Abattoirs et Elevages d\'animaux"'],
  ['G 58', 'Contrôle "routier"'],
  ['G 59', 'Contrôle "Céréales et produits dérivés"'],
  ['G 60', 'Télétravail'],
  ['G 70', 'Technicien de laboratoire - chimie'],
  ['G 71', 'Technicien de laboratoire - microbiologie'],
];

export const DGCCRF_UNITS = [...toUnits('DGCCRF', 'commune', COMMUNES), ...toUnits('DGCCRF', 'spécifique', SPECIFIQUES)];
