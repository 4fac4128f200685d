import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Precompressed assets: a whole class shares one school connection.
		adapter: adapter({ precompress: true })
	}
};

export default config;
