import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { encode } from 'uqr';

// Where pupils can reach the join page. A teacher browsing http://localhost:3000 on the laptop
// would otherwise put "localhost" on the board, which means each pupil's own device.

/** Whether a URL host name designates this machine only (loopback or unspecified address). */
function isLocalHost(hostname: string): boolean {
	const host = hostname
		.toLowerCase()
		.replace(/^\[|\]$/g, '')
		.replace(/\.$/, '');
	if (host === 'localhost' || host.endsWith('.localhost')) return true;
	if (isIP(host) === 4) return host.startsWith('127.') || host === '0.0.0.0';
	if (isIP(host) === 6) {
		// The URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
		return host === '::1' || host === '::' || /^::ffff:(?:7f[0-9a-f]{2}:|127\.)/.test(host);
	}
	return false;
}

/** A LAN address a pupil's browser can use: not loopback, and not IPv6 link-local (needs a zone). */
function reachable(address: string): 4 | 6 | null {
	const family = isIP(address);
	if (family === 4) return address.startsWith('127.') || address === '0.0.0.0' ? null : 4;
	if (family === 6) return isLocalHost(address) || /^fe[89ab]/i.test(address) ? null : 6;
	return null;
}

/**
 * This server's address(es) as pupils and colleagues can reach it. If the teacher reached the
 * server by an address other than this machine's own (a LAN address or a name), others can use
 * that same origin: one origin. Otherwise one origin per LAN address of the machine, IPv4 first
 * (the ones people type), in the order given; empty when the machine has no network.
 *
 * @param requestUrl the URL of the teacher's request (event.url)
 * @param lanAddresses the machine's addresses, e.g. from machineAddresses()
 * @param port the port the server listens on, for the LAN origins
 */
export function reachableOrigins({
	requestUrl,
	lanAddresses,
	port
}: {
	requestUrl: URL;
	lanAddresses: readonly string[];
	port: number;
}): string[] {
	if (!isLocalHost(requestUrl.hostname)) return [requestUrl.origin];
	const ipv4: string[] = [];
	const ipv6: string[] = [];
	for (const address of new Set(lanAddresses)) {
		const family = reachable(address);
		if (family === 4) ipv4.push(`http://${address}:${port}`);
		else if (family === 6) ipv6.push(`http://[${address}]:${port}`);
	}
	return [...ipv4, ...ipv6];
}

/** The join page's address(es) to show the class: reachableOrigins, on the join page. */
export function joinAddresses(where: Parameters<typeof reachableOrigins>[0]): string[] {
	return reachableOrigins(where).map((origin) => `${origin}/join`);
}

/** Every address of this machine's network interfaces, for reachableOrigins. */
export function machineAddresses(): string[] {
	return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address));
}

function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!
	);
}

/**
 * A QR code of `url` as an SVG string, black on white with the standard quiet zone, scaled by
 * CSS (no width or height). Screen readers announce it as an image named by its <title>.
 *
 * @param title the accessible name, in the page's language; the URL itself by default
 */
export function joinQrSvg(url: string, title: string = url): string {
	// Medium error correction: still readable from a projector with glare or a smudged board.
	const qr = encode(url, { ecc: 'M', border: 4 });
	let path = '';
	qr.data.forEach((row, y) => {
		// One rectangle per run of dark modules keeps the string small.
		for (let x = 0; x < row.length; x++) {
			if (!row[x]) continue;
			const start = x;
			while (row[x + 1]) x++;
			path += `M${start} ${y}h${x - start + 1}v1H${start}z`;
		}
	});
	const size = qr.size;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" shape-rendering="crispEdges">` +
		`<title>${escapeXml(title)}</title>` +
		`<rect width="${size}" height="${size}" fill="#fff"/>` +
		`<path d="${path}" fill="#000"/></svg>`
	);
}
