/**
 * What each workbook holds, by its labels (TEMPLATES.md). Recognition matches these against
 * the snapshot; nothing here is an address.
 */
import type { SheetRole, WorkbookKind } from './recognition';

export interface FieldSpec {
  field: string;
  /** Accepted labels; a cell matches when, normalised, it equals one or starts with one (`prefix`) or contains one (`contains`). */
  labels: string[];
  match?: 'exact' | 'prefix' | 'contains';
  /** Placeholders the template shows IN the value cell itself (a dropdown with no label beside it). */
  placeholders?: string[];
}

export interface ColumnSpec {
  field: string;
  labels: string[];
  /** Titles that must match whole (short ones like `G`). */
  exact?: string[];
}

export interface TableSpec {
  table: string;
  columns: ColumnSpec[];
  /** Columns that must be found for the row to be this table's header. */
  required: string[];
}

export interface SheetSpec {
  role: SheetRole;
  /** Names the sheet usually has (matched normalised, exact or as a prefix). */
  names: string[];
  fields: FieldSpec[];
  tables: TableSpec[];
}

export interface KindSpec {
  kind: Exclude<WorkbookKind, 'inconnu'>;
  /** The role whose presence decides the kind. */
  keyRole: SheetRole;
  sheets: SheetSpec[];
}

/**
 * The consultation bodies through the years (TEMPLATES.md, "Since 2007"): the committee the
 * document is sent to (CTP, then CT from 2011, then CSA from 2023) and the health-and-safety body
 * it is presented to (CHS, CHSCT, then the CSA's formation spécialisée, F-SSCT, also written FS or
 * FSSCT). A label naming any of them is the same field as the guide's.
 */
const COMMITTEES = ['CTP', 'CT', 'CSA', 'comité technique paritaire', 'comité technique', "comité social d'administration"];
const SAFETY_BODIES = [
  'CHS', 'CHSCT', 'CHS-CT', 'F-SSCT', 'FSSCT', 'FS', 'formation spécialisée', "comité d'hygiène et de sécurité",
  "comité d'hygiène, de sécurité et des conditions de travail",
];
const withArticles = (lead: string, bodies: string[]): string[] =>
  bodies.flatMap((b) => [`${lead} au ${b}`, `${lead} à la ${b}`, `${lead} de la ${b}`, `${lead} du ${b}`, `${lead} ${b}`]);
/** Dates are never text, so a longer label (`… à la formation spécialisée du CSA`) is matched by its start. */
const dateCTP: FieldSpec = { field: 'dateCTP', labels: withArticles('Date de transmission', COMMITTEES), match: 'prefix' };
const dateCHS: FieldSpec = { field: 'dateCHS', labels: withArticles('Date de présentation', SAFETY_BODIES), match: 'prefix' };
/** The safety body's opinion (favorable, défavorable, réservé): matched whole, as its value is text. */
const avis: FieldSpec = { field: 'avis', labels: ['Avis', ...withArticles('Avis', SAFETY_BODIES)] };
const dateAvis: FieldSpec = { field: 'dateAvis', labels: ["Date de l'avis", ...withArticles("Date de l'avis", SAFETY_BODIES)] };
const dateSignature: FieldSpec = { field: 'dateSignature', labels: ['Date de signature du chef de service', 'Date de signature'] };

const dateMiseAJour: FieldSpec = { field: 'dateMiseAJour', labels: ['Date de mise à jour', 'Date de mise a jour'] };

const RISK_COLUMNS: ColumnSpec[] = [
  { field: 'site', labels: ['Site'] },
  { field: 'unite', labels: ['Unités de travail', 'Unité de travail', 'Métiers ou fonctions exposés', 'Unités'] },
  { field: 'agents', labels: ["Nb d'agents exposés", "Nombre d'agents exposés", 'Agents exposés', "Nb d'agents"] },
  { field: 'famille', labels: ['Type de risques', 'Type de risque', 'Famille de risques', 'Risques'] },
  { field: 'danger', labels: ['Nature du danger', 'Danger'] },
  { field: 'situation', labels: ["Description de la situation d'exposition", 'Description'] },
  { field: 'moyensActuels', labels: ['Moyens actuels de prévention', 'Moyens de prévention actuels', 'Moyens actuels'] },
  { field: 'gravite', labels: ['Gravité'], exact: ['G'] },
  { field: 'frequence', labels: ['Fréquence'], exact: ['F'] },
  { field: 'indice', labels: ['Indice de risque', 'Indice'] },
];

const CENSUS_TAIL: ColumnSpec[] = [
  { field: 'moyensSouhaites', labels: ['Moyens de prévention souhaités', 'Moyens souhaités'] },
  { field: 'typeAction', labels: ["Type d'action", "Types d'action"] },
];

const DU_TAIL: ColumnSpec[] = [
  { field: 'rang', labels: ['Hiérarchisation', 'Rang'] },
  { field: 'moyensGT', labels: ['Moyens de prévention envisagés par le GT', 'Moyens de prévention envisagés'] },
  { field: 'typeAction', labels: ["Type d'action", "Types d'action"] },
  { field: 'priorite', labels: ['Priorité retenue par le GT', 'Priorité'] },
];

/** Optional: the risk once the planned measures are in place (never required; `recompute --residuel` adds them). */
export const RESIDUAL_COLUMNS: ColumnSpec[] = [
  { field: 'graviteResiduelle', labels: ['Gravité résiduelle'] },
  { field: 'frequenceResiduelle', labels: ['Fréquence résiduelle'] },
  { field: 'indiceResiduel', labels: ['Indice résiduel', 'Indice de risque résiduel'] },
];

const RISK_REQUIRED = ['unite', 'famille', 'gravite', 'frequence'];

export const CENSUS: KindSpec = {
  kind: 'recensement',
  keyRole: 'grille',
  sheets: [
    {
      role: 'informations',
      names: ['Informations générales', 'Infos générales', "Fiche d'informations générales"],
      fields: [
        { field: 'direction', labels: ['Dir. Générale', 'Direction générale', 'Dir Générale'] },
        { field: 'serviceDepartemental', labels: ['Service Départemental'] },
        { field: 'sigle', labels: ['Sigle du service analysé'], match: 'prefix' },
        { field: 'complement', labels: ["Complément d'information"], match: 'prefix' },
        { field: 'redacteur', labels: ['Rédacteur du site analysé'] },
        { field: 'adresse', labels: ['Adresse du site analysé'] },
        { field: 'codePostal', labels: ['Code Postal'] },
        { field: 'ville', labels: ['Ville'] },
        dateMiseAJour,
        { field: 'nbAgents', labels: ["Nb d'agents", "Nombre d'agents"] },
        { field: 'nbSms', labels: ["faisant l'objet d'une SMS"], match: 'contains' },
        { field: 'nbEvacuation', labels: ["formés à l'évacuation des locaux"], match: 'contains' },
        { field: 'nbSecours', labels: ['formés aux premiers secours'], match: 'contains' },
        { field: 'nbHabilitation', labels: ['habilitation électrique'], match: 'contains' },
        { field: 'nbUnites', labels: ["Nb d'unités de travail", "Nombre d'unités de travail"] },
      ],
      tables: [
        {
          table: 'unites',
          columns: [
            { field: 'unite', labels: ['Désignation des unités', 'Unités de travail'] },
            { field: 'agents', labels: ["Nb d'agents concernés", "Nombre d'agents concernés"] },
          ],
          required: ['unite', 'agents'],
        },
      ],
    },
    {
      role: 'grille',
      names: ['Grille de recensement', 'Grille'],
      fields: [
        { field: 'redacteur', labels: ['Nom du rédacteur'] },
        { field: 'serviceDepartemental', labels: ['Service Départemental'] },
        { field: 'serviceAnalyse', labels: ['Service analysé'] },
        { field: 'adresse', labels: ['Adresse'] },
        dateMiseAJour,
      ],
      tables: [{ table: 'risques', columns: [...RISK_COLUMNS, ...CENSUS_TAIL, ...RESIDUAL_COLUMNS], required: RISK_REQUIRED }],
    },
    { role: 'fiche', names: ['Fiche à imprimer'], fields: [], tables: [] },
  ],
};

export const DOCUMENT_UNIQUE: KindSpec = {
  kind: 'document-unique',
  keyRole: 'hierarchisation',
  sheets: [
    {
      role: 'identification',
      names: ['Identification'],
      fields: [
        { field: 'direction', labels: ['Direction'], placeholders: ['Sélectionner la Direction concernée'] },
        { field: 'service', labels: ['Service', 'Indiquer le service'] },
        { field: 'annee', labels: ['Année'] },
        { field: 'totalEffectifs', labels: ['Total des effectifs'], match: 'prefix' },
        { field: 'faitA', labels: ['Fait à'] },
        { field: 'le', labels: ['le'] },
        { field: 'redacteur', labels: ['Nom du rédacteur'] },
        { field: 'signature', labels: ['Signature du chef de service'] },
        dateCTP,
        dateCHS,
        avis,
        dateAvis,
        dateSignature,
      ],
      tables: [
        {
          table: 'points',
          columns: [
            { field: 'point', labels: ['Liste des points de recensement', 'Points de recensement'] },
            { field: 'effectifs', labels: ['Effectifs'] },
          ],
          required: ['point', 'effectifs'],
        },
      ],
    },
    {
      role: 'statistiques',
      names: ['Statistiques'],
      fields: [{ field: 'commentaires', labels: ['Commentaires'] }],
      tables: [
        {
          table: 'statistiques',
          columns: [
            { field: 'point', labels: ['Liste des points de recensement', 'Points de recensement'] },
            { field: 'effectifs', labels: ['Effectifs'] },
            { field: 'sms', labels: ['Nombre de surveillances médicales spéciales'] },
            { field: 'evacuation', labels: ["Formations à l'évacuation des locaux"] },
            { field: 'secours', labels: ['Formations Premiers Secours'] },
            { field: 'habilitations', labels: ['Habilitations électrique', 'Habilitations électriques'] },
          ],
          required: ['point', 'effectifs', 'sms'],
        },
      ],
    },
    {
      role: 'at-mp',
      names: ['AT-MP', 'AT MP', 'Accidents de service'],
      fields: [
        { field: 'accidents', labels: ["Nombre total d'accidents de service"], match: 'prefix' },
        { field: 'accidentsLieu', labels: ["Nombre d'accidents sur le lieu de travail", "dont Nombre d'accidents sur le lieu de travail"], match: 'prefix' },
        { field: 'pietons', labels: ['Piétons'] },
        { field: 'vehicules', labels: ['Véhicules'] },
        { field: 'accidentsMission', labels: ["Nombre d'accidents de mission"], match: 'prefix' },
        { field: 'accidentsTrajet', labels: ["Nombre d'accidents de trajet"], match: 'prefix' },
        { field: 'analyses', labels: ["Nombre d'analyses de causalités réalisées"], match: 'prefix' },
        { field: 'joursAccidents', labels: ["Nombre de journées d'arrêts de travail consécutives à ces accidents"] },
        { field: 'mpDeclarees', labels: ['Nombre de maladies professionnelles déclarées'] },
        { field: 'mpReconnues', labels: ['reconnues'], match: 'contains' },
        { field: 'arretsMp', labels: ["Nombre d'arrêts de travail pour maladies professionnelles"] },
        { field: 'joursMp', labels: ["Nombre de journées d'arrêts de travail pour maladies professionnelles"] },
        dateMiseAJour,
      ],
      tables: [],
    },
    {
      role: 'hierarchisation',
      names: ['Hiérarchisation', 'Hierarchisation des risques', 'Tableau de hiérarchisation'],
      fields: [
        { field: 'identificationService', labels: ['Identification Service', 'Identification du service'] },
        { field: 'chefService', labels: ['Nom du Chef de service'] },
        { field: 'adresse', labels: ['Adresse'] },
        { field: 'ville', labels: ['Ville'] },
        { field: 'codePostal', labels: ['CP', 'Code postal'] },
        { field: 'redacteurGT', labels: ['Nom du rédacteur du GT'] },
        dateMiseAJour,
      ],
      tables: [{ table: 'risques', columns: [...RISK_COLUMNS, ...DU_TAIL, ...RESIDUAL_COLUMNS], required: [...RISK_REQUIRED, 'rang'] }],
    },
  ],
};

export const PROGRAMME: KindSpec = {
  kind: 'programme',
  keyRole: 'programme',
  sheets: [
    {
      role: 'informations',
      names: ['Informations générales', 'Infos générales'],
      fields: [
        { field: 'direction', labels: ['Direction'] },
        { field: 'chefService', labels: ['Chef de service'] },
        { field: 'redacteur', labels: ['Rédacteur du Programme de prévention', 'Rédacteur du programme'] },
        dateMiseAJour,
        { field: 'adresse', labels: ['Adresse'] },
        { field: 'codePostal', labels: ['Code postal'] },
        { field: 'ville', labels: ['Ville'] },
        { field: 'telephone', labels: ['Téléphone'] },
        dateCTP,
        dateCHS,
        { field: 'effectifs', labels: ['Effectifs de la direction'] },
      ],
      tables: [],
    },
    {
      role: 'programme',
      names: ['Programme', 'Programme annuel', 'Programme de prévention'],
      fields: [
        { field: 'identificationService', labels: ['Identification Service', 'Identification du service'] },
        { field: 'chefService', labels: ['Nom du Chef de service'] },
        { field: 'adresse', labels: ['Adresse'] },
        { field: 'redacteurPP', labels: ['Nom du rédacteur du PP', 'Nom du rédacteur'] },
        { field: 'codePostal', labels: ['Code Postal', 'CP'] },
        { field: 'ville', labels: ['Ville'] },
        dateMiseAJour,
      ],
      tables: [
        {
          table: 'actions',
          columns: [
            { field: 'numero', labels: ['N°', 'Numéro'], exact: ['No', 'N'] },
            { field: 'site', labels: ['Site'] },
            { field: 'agents', labels: ["Nb d'agents exposés", "Nombre d'agents exposés", 'Agents exposés'] },
            { field: 'famille', labels: ['Type de risques', 'Type de risque', 'Famille de risques'] },
            { field: 'situation', labels: ["Description de la situation d'exposition", 'Description'] },
            { field: 'indice', labels: ['Indice de risque', 'Indice'] },
            { field: 'mesures', labels: ['Mesures de prévention programmées', 'Mesures programmées', 'Mesures de prévention'] },
            { field: 'typeAction', labels: ["Type d'action", "Types d'action"] },
            { field: 'cout', labels: ['Coût prévisionnel', 'Coût'] },
            { field: 'echeance', labels: ['Échéance de mise en œuvre', 'Échéance'] },
            { field: 'service', labels: ['Service chargé du dossier', 'Service chargé'] },
            { field: 'realisation', labels: ['Réalisation'] },
          ],
          required: ['famille', 'mesures', 'echeance'],
        },
      ],
    },
  ],
};

export const KIND_SPECS: readonly KindSpec[] = [CENSUS, DOCUMENT_UNIQUE, PROGRAMME];

/** Our catalogue sheet's name: recognised as such, never taken for a template part. */
export const CATALOGUE_SHEET = 'Catalogues DUERP';
/** Our synthesis sheet on a document unique (live counts over the hierarchisation): never a template part. */
export const SYNTHESE_SHEET = 'Synthèse';
