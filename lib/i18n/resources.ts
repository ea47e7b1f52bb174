/**
 * Every translation, bundled: no file is fetched at run time, so a page, the worker and a test all
 * have every language at once. One JSON file per language and namespace (locales/<language>/<namespace>.json);
 * a new namespace is added to NAMESPACES and imported here for every language.
 */
import enCommon from './locales/en/common.json';
import enOptions from './locales/en/options.json';
import enSetup from './locales/en/setup.json';
import enFoundation from './locales/en/foundation.json';
import enPlanning from './locales/en/planning.json';
import enSettings from './locales/en/settings.json';
import enCoaching from './locales/en/coaching.json';
import enPrep from './locales/en/prep.json';
import enInsights from './locales/en/insights.json';
import enSummary from './locales/en/summary.json';
import enData from './locales/en/data.json';
import enPopup from './locales/en/popup.json';
import enNewtab from './locales/en/newtab.json';
import enReview from './locales/en/review.json';
import enNotifications from './locales/en/notifications.json';
import enStrengths from './locales/en/strengths.json';
import enObstacles from './locales/en/obstacles.json';
import enErrors from './locales/en/errors.json';
import enDomain from './locales/en/domain.json';
import enComponents from './locales/en/components.json';
import enToday from './locales/en/today.json';
import deCommon from './locales/de/common.json';
import deOptions from './locales/de/options.json';
import deSetup from './locales/de/setup.json';
import deFoundation from './locales/de/foundation.json';
import dePlanning from './locales/de/planning.json';
import deSettings from './locales/de/settings.json';
import deCoaching from './locales/de/coaching.json';
import dePrep from './locales/de/prep.json';
import deInsights from './locales/de/insights.json';
import deSummary from './locales/de/summary.json';
import deData from './locales/de/data.json';
import dePopup from './locales/de/popup.json';
import deNewtab from './locales/de/newtab.json';
import deReview from './locales/de/review.json';
import deNotifications from './locales/de/notifications.json';
import deStrengths from './locales/de/strengths.json';
import deObstacles from './locales/de/obstacles.json';
import deErrors from './locales/de/errors.json';
import deDomain from './locales/de/domain.json';
import deComponents from './locales/de/components.json';
import deToday from './locales/de/today.json';
import frCommon from './locales/fr/common.json';
import frOptions from './locales/fr/options.json';
import frSetup from './locales/fr/setup.json';
import frFoundation from './locales/fr/foundation.json';
import frPlanning from './locales/fr/planning.json';
import frSettings from './locales/fr/settings.json';
import frCoaching from './locales/fr/coaching.json';
import frPrep from './locales/fr/prep.json';
import frInsights from './locales/fr/insights.json';
import frSummary from './locales/fr/summary.json';
import frData from './locales/fr/data.json';
import frPopup from './locales/fr/popup.json';
import frNewtab from './locales/fr/newtab.json';
import frReview from './locales/fr/review.json';
import frNotifications from './locales/fr/notifications.json';
import frStrengths from './locales/fr/strengths.json';
import frObstacles from './locales/fr/obstacles.json';
import frErrors from './locales/fr/errors.json';
import frDomain from './locales/fr/domain.json';
import frComponents from './locales/fr/components.json';
import frToday from './locales/fr/today.json';
import esCommon from './locales/es/common.json';
import esOptions from './locales/es/options.json';
import esSetup from './locales/es/setup.json';
import esFoundation from './locales/es/foundation.json';
import esPlanning from './locales/es/planning.json';
import esSettings from './locales/es/settings.json';
import esCoaching from './locales/es/coaching.json';
import esPrep from './locales/es/prep.json';
import esInsights from './locales/es/insights.json';
import esSummary from './locales/es/summary.json';
import esData from './locales/es/data.json';
import esPopup from './locales/es/popup.json';
import esNewtab from './locales/es/newtab.json';
import esReview from './locales/es/review.json';
import esNotifications from './locales/es/notifications.json';
import esStrengths from './locales/es/strengths.json';
import esObstacles from './locales/es/obstacles.json';
import esErrors from './locales/es/errors.json';
import esDomain from './locales/es/domain.json';
import esComponents from './locales/es/components.json';
import esToday from './locales/es/today.json';

/** The namespaces, one per surface or vocabulary; `common` holds words every surface uses. */
export const NAMESPACES = [
  'common',
  'options',
  'setup',
  'foundation',
  'planning',
  'settings',
  'coaching',
  'prep',
  'insights',
  'summary',
  'data',
  'popup',
  'newtab',
  'review',
  'notifications',
  'strengths',
  'obstacles',
  'errors',
  'domain',
  'components',
  'today',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A namespace's strings: nested objects of strings (plural forms as `key_one`, `key_other`, …). */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

export const RESOURCES: Record<'en' | 'de' | 'fr' | 'es', Record<Namespace, Catalogue>> = {
  en: {
    common: enCommon,
    options: enOptions,
    setup: enSetup,
    foundation: enFoundation,
    planning: enPlanning,
    settings: enSettings,
    coaching: enCoaching,
    prep: enPrep,
    insights: enInsights,
    summary: enSummary,
    data: enData,
    popup: enPopup,
    newtab: enNewtab,
    review: enReview,
    notifications: enNotifications,
    strengths: enStrengths,
    obstacles: enObstacles,
    errors: enErrors,
    domain: enDomain,
    components: enComponents,
    today: enToday,
  },
  de: {
    common: deCommon,
    options: deOptions,
    setup: deSetup,
    foundation: deFoundation,
    planning: dePlanning,
    settings: deSettings,
    coaching: deCoaching,
    prep: dePrep,
    insights: deInsights,
    summary: deSummary,
    data: deData,
    popup: dePopup,
    newtab: deNewtab,
    review: deReview,
    notifications: deNotifications,
    strengths: deStrengths,
    obstacles: deObstacles,
    errors: deErrors,
    domain: deDomain,
    components: deComponents,
    today: deToday,
  },
  fr: {
    common: frCommon,
    options: frOptions,
    setup: frSetup,
    foundation: frFoundation,
    planning: frPlanning,
    settings: frSettings,
    coaching: frCoaching,
    prep: frPrep,
    insights: frInsights,
    summary: frSummary,
    data: frData,
    popup: frPopup,
    newtab: frNewtab,
    review: frReview,
    notifications: frNotifications,
    strengths: frStrengths,
    obstacles: frObstacles,
    errors: frErrors,
    domain: frDomain,
    components: frComponents,
    today: frToday,
  },
  es: {
    common: esCommon,
    options: esOptions,
    setup: esSetup,
    foundation: esFoundation,
    planning: esPlanning,
    settings: esSettings,
    coaching: esCoaching,
    prep: esPrep,
    insights: esInsights,
    summary: esSummary,
    data: esData,
    popup: esPopup,
    newtab: esNewtab,
    review: esReview,
    notifications: esNotifications,
    strengths: esStrengths,
    obstacles: esObstacles,
    errors: esErrors,
    domain: esDomain,
    components: esComponents,
    today: esToday,
  },
};
