// @ts-check

/**
 * The pages a visitor can land on, measured by `npm run bench:pages` and held to the JS budget
 * by the e2e suite. Add each new page here; `learner: true` measures it signed in.
 * @type {{ name: string, path: string, learner?: boolean }[]}
 */
export const MEASURED_PAGES = [
	{ name: 'home', path: '/' },
	{ name: 'language', path: '/language' },
	{ name: 'reader', path: '/lessons/karabakh-revenge' },
	{ name: 'quiz', path: '/lessons/karabakh-revenge/quiz', learner: true },
	{ name: 'not-found', path: '/this-page-does-not-exist' }
];
