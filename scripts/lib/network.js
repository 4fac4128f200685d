// @ts-check

/**
 * Addresses other machines on the school network can use to reach this server: every
 * non-internal IPv4 address, as an http URL. IPv6 ones are left out: nobody types them.
 * @param {NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]>} interfaces from `os.networkInterfaces()`
 * @param {number} port
 * @returns {string[]}
 */
export function lanUrls(interfaces, port) {
	const urls = new Set();
	for (const addresses of Object.values(interfaces)) {
		for (const address of addresses ?? []) {
			if (address.family === 'IPv4' && !address.internal) {
				urls.add(`http://${address.address}:${port}`);
			}
		}
	}
	return [...urls];
}

/**
 * Reads PORT the way a teacher might type it, or explains what is wrong.
 * @param {string | undefined} value
 * @returns {number}
 */
export function parsePort(value) {
	if (value === undefined || value.trim() === '') return 3000;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 1 || port > 65535) {
		throw new Error(
			`PORT must be a whole number between 1 and 65535, got "${value}". Example: PORT=3000 npm start`
		);
	}
	return port;
}
