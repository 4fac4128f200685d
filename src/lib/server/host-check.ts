import type { NetworkInterfaceInfo } from 'node:os';

/**
 * The host name of a Host header ("Classroom.test:3000" → "classroom.test", "[::1]:3000" →
 * "::1"), or null when it is not a host name.
 */
export function hostnameOf(host: string | null | undefined): string | null {
	if (!host || /[\s/\\@?#]/.test(host)) return null;
	try {
		const name = new URL(`http://${host}`).hostname;
		return name.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '') || null;
	} catch {
		return null;
	}
}

/** Names this computer always answers to. */
const LOOPBACK = ['localhost', '127.0.0.1', '::1'];

/** The names in ALLOWED_HOSTS ("qdq.lycee.fr, salle-12"), and the host of ORIGIN. */
export function configuredHosts(allowedHosts: string | undefined, origin: string | undefined) {
	const names = (allowedHosts ?? '')
		.split(/[\s,]+/)
		.map((name) => hostnameOf(name))
		.filter((name): name is string => !!name);
	const originHost = origin ? hostnameOf(URL.canParse(origin) ? new URL(origin).host : '') : null;
	return [...LOOPBACK, ...names, ...(originHost ? [originHost] : [])];
}

/** The addresses of the computer's network cards, and its own name (also as name.local). */
export function machineHosts(
	interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
	machineName: string
): string[] {
	const addresses = Object.values(interfaces)
		.flat()
		.map((info) => info?.address.toLowerCase().replace(/%.*$/, ''))
		.filter((address): address is string => !!address);
	const name = machineName.toLowerCase();
	return [...addresses, ...(name ? [name, `${name}.local`] : [])];
}

/**
 * Whether a request's Host header names this server. A page at another name (DNS rebinding:
 * a site whose name suddenly points at the teacher's laptop) must not read pupils' data.
 * `machine` is asked only when the fixed names do not match: network cards come and go.
 */
export function isKnownHost(
	host: string | null | undefined,
	fixed: readonly string[],
	machine: () => readonly string[]
): boolean {
	const name = hostnameOf(host);
	if (!name) return false;
	return fixed.includes(name) || machine().includes(name);
}
