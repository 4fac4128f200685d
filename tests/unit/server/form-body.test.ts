import { describe, expect, it } from 'vitest';
import { checkFormBody, mediaType } from '$lib/server/form-body';

const post = (contentType: string | null, body: BodyInit | null) =>
	new Request('http://classroom.test/join?/classroom', {
		method: 'POST',
		headers: contentType ? { 'content-type': contentType } : {},
		body,
		// @ts-expect-error Node's fetch needs it for a stream body; the DOM types do not know it
		duplex: 'half'
	});

const multipart = (boundary: string) =>
	`--${boundary}\r\nContent-Disposition: form-data; name="code"\r\n\r\nK7M-Q2X\r\n--${boundary}--\r\n`;

describe('checkFormBody', () => {
	it('accepts what browsers send for a form, and leaves the body for the action', async () => {
		const encoded = post('application/x-www-form-urlencoded', 'code=K7M-Q2X&pseudonym=Lina');
		expect(await checkFormBody(encoded)).toBeNull();
		expect((await encoded.formData()).get('pseudonym')).toBe('Lina');
		const parts = post('multipart/form-data; boundary=abc', multipart('abc'));
		expect(await checkFormBody(parts)).toBeNull();
		expect((await parts.formData()).get('code')).toBe('K7M-Q2X');
		expect(await checkFormBody(post('application/x-www-form-urlencoded', null))).toBeNull();
	});

	it('answers 415 to a body that is not a form', async () => {
		for (const type of ['text/plain', 'application/json', null]) {
			expect(await checkFormBody(post(type, '{"code":"K7M-Q2X"}')), String(type)).toEqual({
				status: 415,
				message: 'http.formWrongType'
			});
		}
	});

	it('answers 400 to multipart without boundary, with the wrong one, or cut short', async () => {
		const unreadable = { status: 400, message: 'http.formUnreadable' };
		const body = multipart('abc');
		expect(await checkFormBody(post('multipart/form-data', body))).toEqual(unreadable);
		expect(await checkFormBody(post('multipart/form-data; boundary=xyz', body))).toEqual(
			unreadable
		);
		expect(
			await checkFormBody(post('multipart/form-data; boundary=abc', body.slice(0, 40)))
		).toEqual(unreadable);
	});

	it('answers 413 when the server refuses to read a body that big', async () => {
		const tooBig = new ReadableStream({
			start(controller) {
				controller.error(Object.assign(new Error('Content-length exceeds limit'), { status: 413 }));
			}
		});
		expect(await checkFormBody(post('application/x-www-form-urlencoded', tooBig))).toEqual({
			status: 413,
			message: 'http.formTooLarge'
		});
	});
});

describe('mediaType', () => {
	it('drops parameters and case', () => {
		expect(mediaType('Multipart/Form-Data; boundary=x')).toBe('multipart/form-data');
		expect(mediaType(null)).toBe('');
	});
});
