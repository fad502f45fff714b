/**
 * DGCP — Direction générale de la comptabilité publique (annex 7, pages 1/2 and 2/2).
 * The extracted text gives codes, titles and personnel in separate runs; the rows below pair
 * them back in order, checking counts run by run.
 */
import { toUnits, type UnitRow } from './rows';

const COMMUNES: readonly UnitRow[] = [
  ['A 00', 'Ensemble des agents', 'Agents exposés à un risque commun'],
  ['A 01', 'Encadrement "supérieur"', 'Trésorier payeur général, receveur des finances, directeur départemental, trésorier principal, administrateur civil'],
  ['A 02', 'Encadrement "chef de division"', 'Trésorier principal, receveur percepteur, inspecteur'],
  ['A 03', 'Encadrement "chef de service ou chef de poste"', "Inspecteur en charge d'un service dans un poste centralisateur (TG ou RF)"],
  ['A 04', 'Agent chargé de la mise en œuvre HS (ACMO)', 'ACMO'],
  ['A 05', 'Délégué syndical', "Représentant d'une organisation syndicale"],
  // "sociale(e)" is the guide's spelling on this page (other directions write "social(e)").
  ['A 06', 'Correspondant social', 'Correspondant(e) sociale(e)'],
  ['A 08', 'Personnel d\'entretien "Ménage"', 'Technicien de surface'],
  ['A 09', "Équipe technique et d'entretien", "Agent d'entretien ou de manutention"],
  ['A 10', 'Suivi des travaux et chantiers', 'Suivi des travaux et de chantiers'],
  ['A 11', 'Chauffeur', 'Chauffeur du TPG'],
  ['A 12', 'Service courrier - Reprographie', "Agent exerçant une activité au sein d'un service courrier"],
  ['A 13', 'Service informatique et maintenance', 'Assistants utilisateurs, chargé de mission informatique et bureautique'],
  // The run of personnel ends "…, formateur HELIOS" with one cell per unit from A 00 to A 14:
  // "HELIOS" (the application DGCP was rolling out) completes A 14's cell, so A 15 has none.
  ['A 14', 'Formation professionnelle', 'Formation professionnelle et documentation, formateur HELIOS'],
  ['A 15', 'Restaurant administratif - Cafétéria'],
  ['A 16', 'Accueil - Accueil téléphonique', 'Accueil téléphonique et orientation du public'],
  ['A 18', 'Gardien - Concierge', 'Gardien'],
  ['A 19', 'Veilleur de nuit - vigile', 'Veilleur de nuit'],
  ['A 20', "Régisseur d'avance et de recette", 'Chef service du personnel, chef service du matériel'],
  ['A 21', 'Service de caisse', 'Caissier'],
  // "…, secrétaire du directeur, transport de valeurs" is one cell (lower case, comma-joined,
  // printed right after A 22, as on the DGDDI page): A 22's, not A 31's; A 31 has none.
  ['A 22', 'Service administratif de direction', "Département des études économiques et financières, dépenses de l'État et Europe, liaison rémunération, matériel, recouvrement amiable, recouvrement contentieux, secteur public local, contrôle financier déconcentré, mission d'expertises économiques et financières, personnel, secrétaire du directeur, transport de valeurs"],
  // No personnel is printed between A 22's cell and A 25's: A 24 has none.
  ['A 24', 'Service de communication'],
  ['A 25', 'Audit - Contrôle interne - Inspection des services', 'Audit et contrôle interne, inspecteurs principaux auditeurs, inspecteurs auditeurs'],
  ['A 26', 'Dactylo codage', 'Dactylo codage'],
  ['A 27', 'Équipe de renfort départementale', 'Équipe de renfort départementale'],
  ['A 28', 'Service administratif de proximité avec les professionnels', 'Dépôt et services financiers'],
  ['A 29', 'Service administratif de proximité avec les particuliers', 'Produits divers, recouvrement impôts amendes (RF et trésoreries) secteur public local, pensions'],
  ['A 31', 'Transport de valeurs'],
];

/** No personnel column is filled on this page. */
const SPECIFIQUES: readonly UnitRow[] = [
  ['C 51', 'Agent enquêteur - Agent commercial'],
  ['C 52', "Agent enquêteur de la redevance de l'audiovisuelle (pm)"],
  ['C 53', 'Conception informatique'],
  ['C 54', 'Exploitation informatique'],
  ['C 55', 'Huissier du trésor'],
  ['C 56', 'Atelier de façonnage'],
  ['C 57', 'Pôle de compétence nationale'],
  ['C 58', 'Chargé de mission'],
];

export const DGCP_UNITS = [...toUnits('DGCP', 'commune', COMMUNES), ...toUnits('DGCP', 'spécifique', SPECIFIQUES)];
