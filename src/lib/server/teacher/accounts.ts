import { fail, type Cookies } from '@sveltejs/kit';
import { setTeacherCookie, teacherSessionExpiry } from '../auth/teacher-session';
import { store } from '../db';
import { NotSavedError, TeacherNameTakenError, type Teacher } from '../store/types';
import { hashPassword, passwordProblem } from './password';

// The form that makes a teacher account (first-teacher setup, invitation): name, password,
// password again. Errors are i18n keys; what was typed comes back except the passwords.

export const TEACHER_NAME_MAX = 60;

export interface AccountForm {
	name: string;
	password: string;
}

export function readAccountForm(
	form: FormData
):
	| { ok: true; value: AccountForm }
	| { ok: false; field: 'name' | 'password' | 'confirm'; error: string } {
	const name = String(form.get('name') ?? '')
		.normalize('NFC')
		.replace(/\s+/g, ' ')
		.trim();
	const password = String(form.get('password') ?? '');
	const confirm = String(form.get('confirm') ?? '');
	if (!name) return { ok: false, field: 'name', error: 'teacher.account.errors.nameMissing' };
	if ([...name].length > TEACHER_NAME_MAX) {
		return { ok: false, field: 'name', error: 'teacher.account.errors.nameLong' };
	}
	const problem = passwordProblem(password);
	if (problem === 'too-short') {
		return { ok: false, field: 'password', error: 'teacher.account.errors.passwordShort' };
	}
	if (problem === 'too-long') {
		return { ok: false, field: 'password', error: 'teacher.account.errors.passwordLong' };
	}
	if (confirm !== password) {
		return { ok: false, field: 'confirm', error: 'teacher.account.errors.confirm' };
	}
	return { ok: true, value: { name, password } };
}

/** Creates the account and signs it in; a `fail()` for a taken name or a disk that refused. */
export async function createAccountAndSignIn(
	value: AccountForm,
	cookies: Cookies,
	url: URL
): Promise<Teacher | ReturnType<typeof fail>> {
	const db = await store();
	try {
		const teacher = await db.createTeacher({
			name: value.name,
			passwordHash: await hashPassword(value.password)
		});
		try {
			setTeacherCookie(
				cookies,
				url,
				await db.createTeacherSession(teacher.id, teacherSessionExpiry())
			);
		} catch (error) {
			// The account exists: only the sign-in was not saved. The caller's redirect then leads
			// to the sign-in page, never to "try again" (which would say the name is taken).
			if (!(error instanceof NotSavedError)) throw error;
			console.error(`Teacher account created, session not saved: ${error.message}`);
		}
		return teacher;
	} catch (error) {
		if (error instanceof TeacherNameTakenError) {
			return fail(400, {
				values: { name: value.name },
				field: 'name',
				error: 'teacher.account.errors.nameTaken'
			});
		}
		if (error instanceof NotSavedError) {
			return fail(503, { values: { name: value.name }, field: 'name', error: 'store.notSaved' });
		}
		throw error;
	}
}
