import type { ParamMatcher } from '@sveltejs/kit';
import { LESSON_ID } from '$lib/lesson/id';

// An allow-list by shape (no zod here: matchers also run in the browser): a lesson id never contains a dot or a slash, so it can never become a
// path. Which ids exist is then up to the lesson catalog.
export const match = ((param: string): param is string =>
	LESSON_ID.test(param)) satisfies ParamMatcher;
