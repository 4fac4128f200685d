import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Tests that touch the disk, spawn processes, import route modules or hash passwords are slow
// on a busy machine; they run as their own project with timeouts that fit, so the pure logic
// keeps a tight one and a hung pure test still fails fast.
const integration = [
	'tests/unit/{store,server,scripts,routes}/**/*.test.ts',
	'tests/unit/**/*.io.test.ts',
	'tests/unit/teacher/password.test.ts',
	'tests/unit/**/seed-*.test.ts',
	'tests/unit/teacher/worksheet.test.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: integration,
					testTimeout: 10_000
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: integration,
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
