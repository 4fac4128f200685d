import en from '../i18n/locales/en.json' with { type: 'json' };
import fr from '../i18n/locales/fr.json' with { type: 'json' };
import { claimStatuses } from '../quiz/schema';

// Words the export writes into Moodle questions and the import recognises when they come back.

/** A true/false question becomes these two options (and goes back to Moodle as true/false). */
export const TRUE_FALSE = [
	{ id: 'vrai', text: { fr: 'Vrai', en: 'True' } },
	{ id: 'faux', text: { fr: 'Faux', en: 'False' } }
] as const;

/** Opens each evidence line the export adds after the general feedback. */
export const EVIDENCE_FR = 'Dans le texte';
export const EVIDENCE_EN = 'In the text';

/** The statuses of a claim, as learners read them in the quiz, in both languages. */
export const CLAIM_STATUS_LABELS = Object.fromEntries(
	claimStatuses.map((status) => [
		status,
		{ fr: fr.quiz.status[status], en: en.quiz.status[status] }
	])
) as Record<(typeof claimStatuses)[number], { fr: string; en: string }>;
