/** Why a posted form cannot be read, as an HTTP status and the message key to show. */
export interface FormBodyProblem {
	status: 400 | 413 | 415;
	message: 'http.formUnreadable' | 'http.formTooLarge' | 'http.formWrongType';
}

/** The only bodies browsers send for a `<form method="POST">`, with or without JavaScript. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The media type of a Content-Type header, without its parameters, in lower case. */
export function mediaType(contentType: string | null): string {
	return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Reads a copy of a form post's body the way an action will, so that a body no form could have
 * sent (JSON, text/plain, multipart without its boundary, cut short, too large) is answered
 * 4xx with a message instead of failing inside the action. The request itself stays unread.
 */
export async function checkFormBody(request: Request): Promise<FormBodyProblem | null> {
	if (!FORM_TYPES.includes(mediaType(request.headers.get('content-type'))))
		return { status: 415, message: 'http.formWrongType' };
	try {
		await request.clone().formData();
		return null;
	} catch (error) {
		// adapter-node's BODY_SIZE_LIMIT errors the body stream with a 413.
		if ((error as { status?: unknown } | null)?.status === 413)
			return { status: 413, message: 'http.formTooLarge' };
		return { status: 400, message: 'http.formUnreadable' };
	}
}
