import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Precompressed assets: a whole class shares one school connection.
		adapter: adapter({ precompress: true }),
		// Only the app's own scripts run: SvelteKit adds a nonce (or a hash, on prerendered pages)
		// to the inline script that starts each page. Styles allow inline `style` attributes
		// (Svelte's style: directives, the class QR code's SVG); they cannot run code.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
