/**
 * How an import marks an English text nobody has written yet: the French text behind this
 * prefix. The schema still gets a text in both languages, a learner reading in English sees
 * at once that it is not translated, and the loader warns on every such text until a teacher
 * writes the English (a marked text belongs to a question that is itself `review: suggested`).
 */
export const TO_TRANSLATE = '[to translate] ';

/** The English placeholder for a French text with no English yet. */
export const toTranslate = (fr: string): string => `${TO_TRANSLATE}${fr}`;

/** Whether an English text is still the placeholder an import left. */
export const isToTranslate = (en: string): boolean => en.startsWith(TO_TRANSLATE);
