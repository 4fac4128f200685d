// @ts-check

/**
 * The pages a visitor can land on, measured by `npm run bench:pages` and held to the JS budget
 * by the e2e suite. Add each new page here.
 */
export const MEASURED_PAGES = [
	{ name: 'home', path: '/' },
	{ name: 'language', path: '/language' },
	{ name: 'reader', path: '/lessons/karabakh-revenge' },
	{ name: 'not-found', path: '/this-page-does-not-exist' }
];
