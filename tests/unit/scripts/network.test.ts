import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanUrls, parsePort } from '../../../scripts/lib/network.js';

const iface = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
	({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe('lanUrls', () => {
	it('lists the addresses students can type, not loopback or IPv6', () => {
		const urls = lanUrls(
			{
				lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
				wlan0: [iface('192.0.2.15', 'IPv4'), iface('fe80::1', 'IPv6')],
				eth0: [iface('198.51.100.7', 'IPv4')]
			},
			3000
		);
		expect(urls).toEqual(['http://192.0.2.15:3000', 'http://198.51.100.7:3000']);
	});

	it('is empty without a network', () => {
		expect(lanUrls({ lo: [iface('127.0.0.1', 'IPv4', true)] }, 3000)).toEqual([]);
	});
});

describe('parsePort', () => {
	it('defaults to 3000', () => {
		expect(parsePort(undefined)).toBe(3000);
		expect(parsePort('  ')).toBe(3000);
	});

	it('accepts a valid port', () => {
		expect(parsePort('8080')).toBe(8080);
	});

	it('explains what is wrong with a bad one', () => {
		expect(() => parsePort('abc')).toThrow(
			/PORT must be a whole number.*"abc".*PORT=3000 npm start/
		);
		expect(() => parsePort('70000')).toThrow(/between 1 and 65535/);
	});
});
