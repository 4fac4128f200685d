import { existsSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dataDir, requestAsClassroom } from './support/server';

test.describe('the server as npm start runs it', () => {
	test('created its data directory on first run', () => {
		expect(existsSync(dataDir)).toBe(true);
		expect(statSync(dataDir).isDirectory()).toBe(true);
	});

	test('serves a host name that is not localhost', async () => {
		const response = await requestAsClassroom('/');
		expect(response.status).toBe(200);
		expect(response.body).toContain('<html lang="fr">');
	});

	test('renders two languages at once without mixing them up', async () => {
		const responses = await Promise.all(
			Array.from({ length: 40 }, (_, i) => {
				const lang = i % 2 === 0 ? 'fr' : 'en';
				return requestAsClassroom(i % 4 < 2 ? '/' : '/no-such-page', {
					headers: { 'accept-language': lang === 'fr' ? 'fr-FR,fr;q=0.9' : 'en-GB,en;q=0.9' }
				}).then((response) => ({ lang, response }));
			})
		);
		for (const { lang, response } of responses) {
			expect(response.body).toContain(`<html lang="${lang}">`);
			const french = response.body.includes('Aller au contenu');
			const english = response.body.includes('Skip to content');
			expect({ french, english }).toEqual({ french: lang === 'fr', english: lang === 'en' });
		}
	});

	test('tells shared caches that pages depend on the language', async () => {
		const response = await requestAsClassroom('/');
		expect(String(response.headers.vary)).toMatch(/Accept-Language/);
		expect(String(response.headers.vary)).toMatch(/Cookie/);
	});

	test('sends pages gzipped to browsers that accept it (a class shares one connection)', async () => {
		const response = await requestAsClassroom('/lessons/karabakh-revenge', {
			headers: { 'accept-encoding': 'gzip, deflate' }
		});
		expect(response.status).toBe(200);
		expect(response.headers['content-encoding']).toBe('gzip');
	});
});
