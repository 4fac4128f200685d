import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { joinAddresses, joinQrSvg, reachableOrigins } from '$lib/server/teacher/join-url';

// Documentation address ranges (RFC 5737, RFC 3849): never a real machine.
const LAN = ['fe80::1c2b:3ff:fe4a:5', '2001:db8::15', '192.0.2.15', '127.0.0.1', '198.51.100.7'];

describe('joinAddresses', () => {
	it('uses the address the teacher is on when pupils can reach it', () => {
		for (const [request, expected] of [
			['http://192.0.2.15:3000/teacher/classes/c1', 'http://192.0.2.15:3000/join'],
			['http://classroom.test:3000/teacher', 'http://classroom.test:3000/join'],
			['https://qui-dit-quoi.example.org/teacher?x=1', 'https://qui-dit-quoi.example.org/join'],
			['http://[2001:db8::15]:8080/teacher', 'http://[2001:db8::15]:8080/join']
		] as const) {
			expect(
				joinAddresses({ requestUrl: new URL(request), lanAddresses: LAN, port: 3000 })
			).toEqual([expected]);
		}
	});

	it('lists the LAN addresses, IPv4 first, when the teacher is on localhost', () => {
		for (const request of [
			'http://localhost:3000/teacher',
			'http://LOCALHOST:3000/teacher',
			'http://127.0.0.1:3000/teacher',
			'http://127.1.2.3:3000/teacher',
			'http://[::1]:3000/teacher',
			'http://[::ffff:127.0.0.1]:3000/teacher',
			'http://qdq.localhost:3000/teacher',
			'http://0.0.0.0:3000/teacher'
		]) {
			expect(
				joinAddresses({ requestUrl: new URL(request), lanAddresses: LAN, port: 3000 }),
				request
			).toEqual([
				'http://192.0.2.15:3000/join',
				'http://198.51.100.7:3000/join',
				'http://[2001:db8::15]:3000/join'
			]);
		}
	});

	it('uses the port the server listens on, and lists each address once', () => {
		expect(
			joinAddresses({
				requestUrl: new URL('http://localhost:5173/teacher'),
				lanAddresses: ['192.0.2.15', '192.0.2.15', 'not-an-address', '::1', '::'],
				port: 8080
			})
		).toEqual(['http://192.0.2.15:8080/join']);
	});

	it('is empty when the machine has no network', () => {
		expect(
			joinAddresses({
				requestUrl: new URL('http://localhost:3000/teacher'),
				lanAddresses: ['127.0.0.1', '::1'],
				port: 3000
			})
		).toEqual([]);
	});
});

/** The dark modules an SVG path of `M x y h w v1 H x z` runs draws, as "x,y". */
function drawnModules(svg: string): Set<string> {
	const path = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
	const dark = new Set<string>();
	for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)) {
		for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i},${y}`);
	}
	return dark;
}

describe('joinQrSvg', () => {
	const url = 'http://192.0.2.15:3000/join';

	it('is an image named by its title for screen readers', () => {
		const svg = joinQrSvg(url, 'Code QR pour rejoindre la classe : http://192.0.2.15:3000/join');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/);
		expect(svg).toContain(
			'<title>Code QR pour rejoindre la classe : http://192.0.2.15:3000/join</title>'
		);
		expect(svg.endsWith('</svg>')).toBe(true);
		// Sized by CSS: the code must scale to be read from the back of the room.
		expect(svg).not.toMatch(/<svg[^>]* (width|height)=/);
		expect(joinQrSvg(url)).toContain(`<title>${url}</title>`);
	});

	it('escapes the title', () => {
		const svg = joinQrSvg(
			'http://classroom.test:3000/join?a=1&b=2',
			'Rejoindre <la> "classe" & l’app'
		);
		expect(svg).toContain('<title>Rejoindre &lt;la&gt; &quot;classe&quot; &amp; l’app</title>');
		expect(svg).not.toContain('a=1&b');
	});

	it('draws exactly the modules of the QR code of the URL, with a quiet zone of 4', () => {
		const svg = joinQrSvg(url);
		const qr = encode(url, { ecc: 'M', border: 4 });
		expect(svg).toContain(`viewBox="0 0 ${qr.size} ${qr.size}"`);
		const expected = new Set<string>();
		qr.data.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x},${y}`)));
		expect(drawnModules(svg)).toEqual(expected);
		for (const module of expected) {
			const [x, y] = module.split(',').map(Number) as [number, number];
			expect(Math.min(x, y)).toBeGreaterThanOrEqual(4);
			expect(Math.max(x, y)).toBeLessThan(qr.size - 4);
		}
		// The top-left finder pattern: a dark 7×7 ring right after the quiet zone.
		for (let i = 4; i < 11; i++) {
			expect(expected.has(`${i},4`) && expected.has(`4,${i}`)).toBe(true);
		}
	});

	it('gives a different code for a different address', () => {
		expect(joinQrSvg('http://198.51.100.7:3000/join')).not.toBe(joinQrSvg(url));
	});
});

describe('reachableOrigins (the invitation link)', () => {
	it('never gives a colleague a localhost link: the LAN addresses instead', () => {
		expect(
			reachableOrigins({
				requestUrl: new URL('http://localhost:3000/teacher?/invite'),
				lanAddresses: ['127.0.0.1', '::1', '192.168.1.20', 'fe80::1', '2001:db8::7'],
				port: 3000
			})
		).toEqual(['http://192.168.1.20:3000', 'http://[2001:db8::7]:3000']);
	});

	it('keeps the address the teacher is on when others can reach it', () => {
		expect(
			reachableOrigins({
				requestUrl: new URL('http://prof-laptop.lan:3000/teacher'),
				lanAddresses: ['192.168.1.20'],
				port: 3000
			})
		).toEqual(['http://prof-laptop.lan:3000']);
	});
});
