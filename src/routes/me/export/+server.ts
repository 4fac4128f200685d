import { error } from '@sveltejs/kit';
import { store } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** Everything stored about the signed-in learner, as a JSON download. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.learner) error(401, 'Sign in first');
	const data = await (await store()).exportLearner(locals.learner.id);
	if (!data) error(404, 'Not Found');
	const name = `qui-dit-quoi-${locals.learner.pseudonym.replace(/[^\w-]+/g, '_')}.json`;
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
};
