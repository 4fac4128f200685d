// @ts-check

/** Debian's Chromium unless CHROMIUM_PATH names another: downloading a browser fails here. */
export function chromiumPath() {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Flags for tests and benchmarks. Without the networking ones Chromium keeps calling home and
 * floods a closed network. The host rules give the tests LAN-like names on loopback only.
 * @returns {string[]}
 */
export function chromiumArgs() {
	return [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--host-resolver-rules=MAP classroom.test 127.0.0.1, MAP elsewhere.test 127.0.0.1'
	];
}
