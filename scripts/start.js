// @ts-check
// `npm start`: builds the app if its sources changed, then serves it to the classroom.
// It runs the app over plain http on every interface, and tells SvelteKit so, because pupils
// reach the teacher's laptop as http://<lan-address>:PORT, never over https.
import { spawnSync } from 'node:child_process';
import compression from 'compression';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addSecurityHeaders } from '../src/lib/server/security-headers.js';
import { buildStatus } from './lib/build-freshness.js';
import { lanUrls, parsePort } from './lib/network.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Set here and overwritten on every request, so a browser cannot claim another protocol.
const PROTOCOL_HEADER = 'x-qui-dit-quoi-protocol';

/** @param {string} message */
function die(message) {
	console.error(`\n${message}\n`);
	process.exit(1);
}

function buildIfNeeded() {
	const status = buildStatus(root);
	if (!status.stale) return;
	console.log(`Building the app (${status.reason})…`);
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	if (!existsSync(vite)) {
		die('Cannot build: the development tools are not installed. Run "npm install" first.');
	}
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0)
		die('The build failed (see the messages above); the app was not started.');
}

function prepareDataDir() {
	const dataDir = resolve(process.env.DATA_DIR || join(root, 'data'));
	try {
		mkdirSync(dataDir, { recursive: true });
	} catch (error) {
		die(
			`Cannot create the data directory ${dataDir}: ${/** @type {Error} */ (error).message}\n` +
				'Choose a folder you can write to, e.g. DATA_DIR=~/qui-dit-quoi-data npm start'
		);
	}
	process.env.DATA_DIR = dataDir;
	return dataDir;
}

let port = 3000;
try {
	port = parsePort(process.env.PORT);
} catch (error) {
	die(/** @type {Error} */ (error).message);
}
buildIfNeeded();
const dataDir = prepareDataDir();

// Behind an https proxy the teacher sets ORIGIN or PROTOCOL_HEADER; otherwise we speak plain http.
const trustOwnProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (trustOwnProtocol) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;

/** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */
let handler;
try {
	({ handler } = await import(pathToFileURL(join(root, 'build', 'handler.js')).href));
} catch (error) {
	// e.g. another server already uses this DATA_DIR, or a damaged data file: say which.
	die(`The app could not start: ${/** @type {Error} */ (error).message}`);
	throw error;
}

// Pages and their data are gzipped on the fly (a class shares one school connection); the
// built assets are already precompressed, and compression leaves those alone.
const compress = compression();

const server = createServer((req, res) => {
	if (trustOwnProtocol) req.headers[PROTOCOL_HEADER] = 'http';
	// The built files are served before SvelteKit's hooks run: they get the same headers here
	// (a page's own headers, its Content-Security-Policy included, replace these).
	addSecurityHeaders({
		has: (name) => res.hasHeader(name),
		set: (name, value) => res.setHeader(name, value)
	});
	compress(/** @type {any} */ (req), /** @type {any} */ (res), () => handler(req, res));
});

server.on('error', (error) => {
	const code = /** @type {NodeJS.ErrnoException} */ (error).code;
	if (code === 'EADDRINUSE') {
		die(
			`Port ${port} is already in use (another copy of the app, or another program).\n` +
				`Stop it, or start on another port: PORT=${port + 1} npm start`
		);
	}
	if (code === 'EACCES') die(`Not allowed to listen on port ${port}. Use a port above 1024.`);
	die(`The server could not start: ${error.message}`);
});

server.listen({ port, host: process.env.HOST || undefined }, () => {
	const lan = lanUrls(networkInterfaces(), port);
	console.log(`\nQui dit quoi ? is running.`);
	console.log(`  On this computer:        http://localhost:${port}`);
	if (lan.length > 0) {
		console.log(`  Students on the network: ${lan.join('  or  ')}`);
	} else {
		console.log('  No network connection found: only this computer can open the app.');
	}
	console.log(`  Data directory:          ${dataDir}`);
	console.log('Press Ctrl+C to stop.\n');
});

function shutdown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	// Give open requests a moment, then go: an answer being saved must finish, not hang forever.
	setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
