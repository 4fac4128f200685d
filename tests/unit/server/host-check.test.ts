import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { configuredHosts, hostnameOf, isKnownHost, machineHosts } from '$lib/server/host-check';

const card = (address: string, family: 'IPv4' | 'IPv6'): NetworkInterfaceInfo =>
	({ address, family, internal: false, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe('hostnameOf', () => {
	it('reads the name of a Host header, without port, brackets, case or final dot', () => {
		expect(hostnameOf('Classroom.Test:3000')).toBe('classroom.test');
		expect(hostnameOf('[::1]:3000')).toBe('::1');
		expect(hostnameOf('localhost.')).toBe('localhost');
		expect(hostnameOf('192.168.1.20')).toBe('192.168.1.20');
	});

	it('refuses what is not a host name', () => {
		for (const host of [null, undefined, '', 'a b', 'evil.example/x', 'user@host', 'x?y', ':80'])
			expect(hostnameOf(host), String(host)).toBeNull();
	});
});

describe('isKnownHost', () => {
	const machine = () =>
		machineHosts(
			{ eth0: [card('192.168.1.20', 'IPv4'), card('fe80::1%eth0', 'IPv6')] },
			'Salle-12'
		);
	const fixed = configuredHosts(' qdq.lycee.fr, salle-b:3000 ', 'https://proxy.example.org');

	it('answers to loopback, the LAN addresses, the machine name, ALLOWED_HOSTS and ORIGIN', () => {
		for (const host of [
			'localhost:3000',
			'127.0.0.1:3000',
			'[::1]:3000',
			'192.168.1.20:3000',
			'[fe80::1]:3000',
			'salle-12:3000',
			'salle-12.local:3000',
			'QDQ.lycee.fr',
			'salle-b:3000',
			'proxy.example.org'
		])
			expect(isKnownHost(host, fixed, machine), host).toBe(true);
	});

	it('refuses any other name (a rebound DNS name) or no Host at all', () => {
		for (const host of ['evil.example:3000', '192.168.1.21:3000', 'lycee.fr', '', null])
			expect(isKnownHost(host, fixed, machine), String(host)).toBe(false);
	});

	it('looks at the network cards only when the fixed names do not match', () => {
		let asked = 0;
		const count = () => (asked++, ['10.0.0.5']);
		expect(isKnownHost('localhost:3000', fixed, count)).toBe(true);
		expect(asked).toBe(0);
		expect(isKnownHost('10.0.0.5:3000', fixed, count)).toBe(true);
		expect(asked).toBe(1);
	});

	it('ignores an ORIGIN that is not a URL and empty ALLOWED_HOSTS entries', () => {
		expect(configuredHosts(',, ,', 'not a url')).toEqual(['localhost', '127.0.0.1', '::1']);
	});
});
