/** Every rule of the check, in the order the README lists them. */
import type { Rule } from '../rule';
import { actionCout } from './action-cout';
import { actionEcheance } from './action-echeance';
import { actionService } from './action-service';
import { agentsExposes } from './agents-exposes';
import { agentsExposesEffectif } from './agents-exposes-effectif';
import { avisConsigne } from './avis-consigne';
import { familleHorsCatalogue, familleVide, uniteHorsCatalogue, uniteVide } from './catalogue-rules';
import { champsEntete } from './champs-entete';
import { cotationFrequence, cotationGravite } from './cotation';
import { cotationTexte } from './cotation-texte';
import { couvertureUnites } from './couverture-unites';
import { ctpAvantChs } from './ctp-avant-chs';
import { dateConsultationPrevue } from './date-consultation-prevue';
import { dateFuture } from './date-future';
import { dateMiseAJour } from './date-mise-a-jour';
import { dateMiseAJourAncienne } from './date-mise-a-jour-ancienne';
import { echeanceDepassee } from './echeance-depassee';
import { epiSeulement } from './epi-seulement';
import { identificationDirection } from './identification-direction';
import { identificationRedacteur } from './identification-redacteur';
import { identificationService } from './identification-service';
import { indiceMatrice } from './indice-matrice';
import { rangCoherent } from './rang-coherent';
import { rayonnementsSuiviRenforce } from './rayonnements-suivi-renforce';
import { refErreurs } from './ref-erreurs';
import { residuelSuperieur } from './residuel-superieur';
import { risqueASansAction } from './risque-a-sans-action';
import { risqueIntolerableAncien } from './risque-intolerable-ancien';
import { routeSansAtmp } from './route-sans-atmp';
import { structureParties } from './structure-parties';
import { totalUnitesEffectif } from './total-unites-effectif';
import { valeursErreur } from './valeurs-erreur';

export const RULES: readonly Rule[] = [
  structureParties, refErreurs, valeursErreur, champsEntete,
  identificationDirection, identificationService, identificationRedacteur, dateMiseAJour, dateMiseAJourAncienne, dateFuture, dateConsultationPrevue, ctpAvantChs, avisConsigne,
  cotationGravite, cotationFrequence, cotationTexte, indiceMatrice, rangCoherent, residuelSuperieur, familleVide, familleHorsCatalogue, uniteVide, uniteHorsCatalogue, agentsExposes,
  couvertureUnites, agentsExposesEffectif, totalUnitesEffectif,
  actionEcheance, actionService, actionCout, echeanceDepassee, epiSeulement, risqueASansAction, risqueIntolerableAncien,
  routeSansAtmp, rayonnementsSuiviRenforce,
];
