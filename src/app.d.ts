import type { TFunction } from 'i18next';
import type { Lang } from '$lib/i18n/languages';

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
		}
	}
}

export {};
