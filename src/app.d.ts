import type { TFunction } from 'i18next';
import type { Lang } from '$lib/i18n/languages';
import type { Fragments } from '$lib/server/page-fragments';
import type { Learner, Teacher } from '$lib/server/store/types';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Shown to the user so a teacher can find the matching server log line. */
			id?: string;
		}
		interface Locals {
			/** Interface language of this request (cookie, else Accept-Language, else French). */
			lang: Lang;
			/** i18next translator fixed to `lang`: never a shared, switched instance. */
			t: TFunction;
			/** The signed-in learner, from the session cookie; null when nobody is signed in. */
			learner: Learner | null;
			/** The learner's progress file could not be read: say so rather than lose it. */
			learnerFileDamaged: boolean;
			/** The signed-in teacher, from the teacher session cookie; null otherwise. */
			teacher: Teacher | null;
			/** Parts of the page rendered apart, written into it as it goes out; null: none. */
			fragments: Fragments | null;
		}
	}
}

export {};
