import { timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/types';
import { hashPassword, newToken, passwordProblem } from './password';

// The first teacher account. On a first start with no teacher, the server prints a one-time
// link with a random token (kept in memory only: a restart prints a new one). TEACHER_NAME and
// TEACHER_PASSWORD create the account instead, for scripted setups.

let setupToken: string | null = null;

export interface AccessEnv {
	TEACHER_NAME?: string;
	TEACHER_PASSWORD?: string;
	PORT?: string;
}

export async function prepareTeacherAccess(
	db: Store,
	env: AccessEnv,
	log: (message: string) => void = console.log
): Promise<void> {
	if ((await db.countTeachers()) > 0) return;
	if (env.TEACHER_PASSWORD) {
		const name = (env.TEACHER_NAME ?? '').trim() || 'prof';
		const problem = passwordProblem(env.TEACHER_PASSWORD);
		if (problem) {
			throw new Error(
				`TEACHER_PASSWORD is ${problem === 'too-short' ? 'shorter than 10 characters' : 'too long'}: choose another one, or leave it unset to get a setup link.`
			);
		}
		await db.createTeacher({ name, passwordHash: await hashPassword(env.TEACHER_PASSWORD) });
		log(`Teacher account "${name}" created from TEACHER_NAME / TEACHER_PASSWORD.`);
		return;
	}
	setupToken = newToken();
	log(
		`No teacher account yet. To create yours, open on this computer:\n` +
			`  http://localhost:${env.PORT || '3000'}/teacher/setup?token=${setupToken}\n` +
			`(the link works once; restarting the server prints a new one)`
	);
}

/** True if `token` is the setup link's token and it has not been used. */
export function isSetupToken(token: string | null): boolean {
	if (!setupToken || !token) return false;
	const [a, b] = [Buffer.from(token), Buffer.from(setupToken)];
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Takes the setup token for one account creation: true once for the right token, so that two
 * forms sent at the same moment cannot both create a "first" teacher. `giveBack` if it failed.
 */
export function takeSetupToken(token: string | null): { giveBack: () => void } | null {
	if (!isSetupToken(token)) return null;
	const taken = setupToken;
	setupToken = null;
	return { giveBack: () => void (setupToken ??= taken) };
}

/** The setup link is used up once the first teacher exists. */
export function setupDone(): void {
	setupToken = null;
}
