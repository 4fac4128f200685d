import { fail } from '@sveltejs/kit';
import { readCode, readPseudonym, selfLearnerPseudonym } from '$lib/learner/forms';
import { learnerNextPath } from '$lib/learner/next';
import { setSessionCookie } from '$lib/server/auth/learner-session';
import { store } from '$lib/server/db';
import { FailureLimiter, RateLimiter } from '$lib/server/rate-limit';
import { CLASS_CODE_LENGTH, formatCode, normalizeCode } from '$lib/server/store/codes';
import { NotSavedError, PseudonymTakenError } from '$lib/server/store/types';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url, request }) => {
	const code = normalizeCode(url.searchParams.get('code') ?? '', CLASS_CODE_LENGTH);
	return {
		/** Pseudonym of the learner already signed in on this device, if any. */
		signedInAs: locals.learner?.pseudonym ?? null,
		/** The class code from the link (the QR code the teacher shows), to fill in. */
		code: code ? formatCode(code) : '',
		/** Where to go once started: the page the learner came from (sent back with the form). */
		next: learnerNextPath(url.searchParams.get('next'), request.headers.get('referer'), url.origin)
	};
}) satisfies PageServerLoad;

// Wrong class codes a minute per address: a pupil's typos pass, a guesser waits. Right codes do
// not count: a whole class joins at once, possibly behind one school address.
const codeFailures = new FailureLimiter(10, 60_000);
// Each start creates a learner file: one address may not fill the disk, yet a class may start
// together behind one school address.
const startsPerMinute = new RateLimiter(30, 60_000);
const startsPerHour = new RateLimiter(200, 60 * 60_000);

type Started = {
	recoveryCode: string;
	pseudonym: string;
	classroom: string | null;
	/** The page to continue to, once the recovery code is noted. */
	next: string;
};

/** The `next` a form sent back, or the page it was posted from. */
const nextOf = (form: FormData, request: Request, url: URL) =>
	learnerNextPath(form.get('next'), request.headers.get('referer'), url.origin);

export const actions = {
	classroom: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const values = {
			code: String(form.get('code') ?? ''),
			pseudonym: String(form.get('pseudonym') ?? '')
		};
		const code = readCode(form.get('code'), (typed) => normalizeCode(typed, CLASS_CODE_LENGTH), {
			missing: 'join.errors.codeMissing',
			invalid: 'join.errors.codeInvalid'
		});
		const name = readPseudonym(form.get('pseudonym'));
		const errors = {
			code: 'error' in code ? code.error : undefined,
			pseudonym: 'error' in name ? name.error : undefined
		};
		if ('error' in code || 'error' in name) return fail(400, { values, errors });

		const address = getClientAddress();
		if (!codeFailures.begin(address))
			return fail(429, { values, errors: { code: 'join.errors.tooMany' } });
		const db = await store();
		const classroom = await db.findClassroomByCode(code.code);
		if (!classroom) return fail(400, { values, errors: { code: 'join.errors.codeUnknown' } });
		codeFailures.succeeded(address);
		if (classroom.archived)
			return fail(400, { values, errors: { code: 'join.errors.classArchived' } });
		try {
			const { learner, recoveryCode } = await db.createLearner({
				pseudonym: name.pseudonym,
				classroomId: classroom.id
			});
			setSessionCookie(cookies, url, await db.createSession(learner.id));
			return {
				started: {
					recoveryCode,
					pseudonym: learner.pseudonym,
					classroom: classroom.name,
					next: nextOf(form, request, url)
				} satisfies Started
			};
		} catch (error) {
			if (error instanceof PseudonymTakenError) {
				return fail(400, { values, errors: { pseudonym: 'join.errors.pseudonymTaken' } });
			}
			if (error instanceof NotSavedError)
				return fail(503, { values, errors: { form: 'store.notSaved' } });
			throw error;
		}
	},

	self: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const typed = String(form.get('pseudonym') ?? '');
		const values = { selfPseudonym: typed };
		// The name is optional: a self-learner who leaves it empty gets a friendly one.
		const name = typed.trim() === '' ? { pseudonym: selfLearnerPseudonym() } : readPseudonym(typed);
		if ('error' in name) return fail(400, { values, errors: { selfPseudonym: name.error } });
		const address = getClientAddress();
		if (!startsPerMinute.allow(address) || !startsPerHour.allow(address))
			return fail(429, { values, errors: { form: 'join.errors.tooManyStarts' } });
		const db = await store();
		try {
			const { learner, recoveryCode } = await db.createLearner({
				pseudonym: name.pseudonym,
				classroomId: null
			});
			setSessionCookie(cookies, url, await db.createSession(learner.id));
			return {
				started: {
					recoveryCode,
					pseudonym: learner.pseudonym,
					classroom: null,
					next: nextOf(form, request, url)
				} satisfies Started
			};
		} catch (error) {
			if (error instanceof NotSavedError)
				return fail(503, { values, errors: { form: 'store.notSaved' } });
			throw error;
		}
	}
} satisfies Actions;
