import Negotiator from 'negotiator';
import { defaultLanguage, isLang, languages, type Lang } from './languages';

/**
 * The interface language of a request: the cookie if it names a supported language, else the
 * best match in `Accept-Language` (q-values and regional variants such as `en-GB` respected),
 * else French.
 */
export function pickLanguage(cookie: string | undefined, acceptLanguage: string | null): Lang {
	if (isLang(cookie)) return cookie;
	if (acceptLanguage) {
		const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([
			...languages
		]);
		if (isLang(best)) return best;
	}
	return defaultLanguage;
}
