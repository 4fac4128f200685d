import { z } from 'zod';
import { languages } from '../../i18n/languages';
import { CODE_ALPHABET, pseudonymKey } from './codes';
import type { AnswerRecord, Classroom, Learner, LessonReading, ReadingEvent } from './types';

// The shape of every file the store keeps, checked when a file is loaded: lowdb itself loads
// `{}` happily and only fails at the first update, and replaces `null` by defaults. Objects are
// strict (an unknown key is a problem) and every file has `version: 1`, so that a later format
// can be told apart and migrated rather than misread (learner files are at `version: 2`; a
// `version: 1` file, with its log of events, is migrated when it is read: ./migrate.ts).

// Lower case only, as randomUUID() makes them: on a case-insensitive disk (macOS, Windows) an
// upper-case variant would otherwise reach the same file under another name.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True if `value` looks like an id the store makes: checked before an id becomes a file name. */
export function isStoreId(value: string): boolean {
	return UUID.test(value);
}

/** The value of an own key of a record read from JSON (never one of Object.prototype's). */
export function own<V>(record: Record<string, V>, key: string): V | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

const id = z.string().regex(UUID, 'expected an id (UUID)');
// UTC with `Z` only: the store compares timestamps as strings, which needs one format.
const timestamp = z.iso.datetime();

/** True if `value` is a UTC ISO time (`…Z`), the only form the store compares as strings. */
export function isTimestamp(value: unknown): value is string {
	return timestamp.safeParse(value).success && !Number.isNaN(Date.parse(value as string));
}
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash (64 hex digits)');
const symbol = `[${CODE_ALPHABET}]`;
const classCode = z
	.string()
	.regex(new RegExp(`^${symbol}{3}-${symbol}{3}$`), 'expected a class code like K7M-Q2X');
const normalizedClassCode = z.string().regex(new RegExp(`^${symbol}{6}$`), 'expected K7MQ2X');
const key = z.string().min(1).max(200);
const lessonId = z.string().min(1).max(200);
const paragraph = z.int().min(1).max(10_000);

/**
 * Bounds of a learner file's reading summary, whatever a client sends: the events endpoint
 * accepts only a lesson's real paragraphs and terms, and these hold even if a caller does not.
 */
export const READING_LIMITS = {
	lessons: 200,
	termsPerLesson: 1000,
	translationsPerLesson: 500,
	lensesPerLesson: 20,
	/** Keys of the latest events, so a batch resent after a network cut counts once. */
	recentEventKeys: 200
} as const;
const termId = z.string().min(1).max(80);
const lensName = z.string().min(1).max(40);

export const classroomSchema: z.ZodType<Classroom> = z.strictObject({
	id,
	code: classCode,
	name: z.string(),
	ownerId: id.nullable(),
	archived: z.boolean(),
	createdAt: timestamp
});

export const learnerSchema: z.ZodType<Learner> = z.strictObject({
	id,
	pseudonym: z.string().min(1),
	classroomId: id.nullable(),
	createdAt: timestamp,
	uiLanguage: z.enum(languages).nullable(),
	quizLanguage: z.enum(['fr', 'en', 'both']).nullable()
});

const eventBase = { key, lessonId, at: timestamp };

export const readingEventSchema: z.ZodType<ReadingEvent> = z.discriminatedUnion('type', [
	z.strictObject({ ...eventBase, type: z.literal('lesson-opened') }),
	z.strictObject({ ...eventBase, type: z.literal('position'), paragraph }),
	z.strictObject({ ...eventBase, type: z.literal('reached'), paragraph, end: z.boolean() }),
	z.strictObject({
		...eventBase,
		type: z.literal('term-looked-up'),
		termId,
		how: z.enum(['click', 'tap', 'focus', 'hover'])
	}),
	z.strictObject({ ...eventBase, type: z.literal('translation-opened'), paragraph }),
	z.strictObject({ ...eventBase, type: z.literal('lens-used'), lens: lensName })
]);

export const lessonReadingSchema: z.ZodType<LessonReading> = z.strictObject({
	lessonId,
	firstOpenedAt: timestamp.nullable(),
	lastOpenedAt: timestamp.nullable(),
	lastActivityAt: timestamp,
	lastParagraph: paragraph.nullable(),
	lastParagraphAt: timestamp.nullable(),
	furthestParagraph: paragraph.nullable(),
	readToEnd: z.boolean(),
	terms: z
		.array(z.strictObject({ termId, count: z.int().min(1), firstAt: timestamp }))
		.max(READING_LIMITS.termsPerLesson),
	translationsOpened: z.array(paragraph).max(READING_LIMITS.translationsPerLesson),
	lensesUsed: z.array(lensName).max(READING_LIMITS.lensesPerLesson)
});

export const answerRecordSchema: z.ZodType<AnswerRecord> = z.strictObject({
	key,
	lessonId,
	questionId: z.string().min(1),
	questionHash: z.string(),
	// JSON only: what is stored must read back as it was given.
	answer: z.json(),
	correct: z.boolean(),
	attempt: z.int().min(1),
	at: timestamp
});

const learnerFileBase = {
	learner: learnerSchema,
	/** Kept here so that deleting or resetting knows which recovery entry to remove. */
	recoveryHash: sha256,
	/** Hashes of this learner's session tokens: a session counts only if listed here. */
	sessionHashes: z.array(sha256),
	answers: z.array(answerRecordSchema)
};

/** `learners/<learnerId>.json` as first written: every reading event kept, without bound. */
export const learnerFileV1Schema = z.strictObject({
	version: z.literal(1),
	...learnerFileBase,
	events: z.array(readingEventSchema)
});

/** `learners/<learnerId>.json`: everything about one learner, reading as a bounded summary. */
export const learnerFileSchema = z.strictObject({
	version: z.literal(2),
	...learnerFileBase,
	/** Per lesson, what the reader reported, folded (./reading.ts). */
	reading: z.array(lessonReadingSchema).max(READING_LIMITS.lessons),
	/** Keys of the latest events, oldest first: a resent batch counts once. */
	recentEventKeys: z.array(key).max(READING_LIMITS.recentEventKeys)
});

/** Most questions a chosen assignment may name: far more than any lesson has. */
export const ASSIGNMENT_MAX_QUESTIONS = 500;
const questionIdSchema = z.string().min(1).max(100);

/** What a class is given of one lesson's quiz (types.ts `LessonAssignment`). */
export const lessonAssignmentSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('core') }),
	z.strictObject({ kind: z.literal('all') }),
	z.strictObject({
		kind: z.literal('chosen'),
		questionIds: z.array(questionIdSchema).min(1).max(ASSIGNMENT_MAX_QUESTIONS)
	})
]);

/** `classrooms/<classroomId>.json`: a class and who is in it. */
export const classroomFileSchema = z.strictObject({
	version: z.literal(1),
	classroom: classroomSchema,
	/**
	 * What the teacher gave the class of each lesson (absent: the core path). A list, not an
	 * object keyed by lesson id, like `members`. Optional: files written before it stay valid.
	 */
	assignments: z
		.array(
			z.strictObject({
				lessonId,
				assignment: lessonAssignmentSchema,
				at: timestamp
			})
		)
		.optional(),
	/** The form key the class was created with: the same form sent twice makes one class. */
	creationKey: z.string().min(1).max(100).optional(),
	// A list, not an object keyed by pseudonym: a pupil may well call themselves "__proto__".
	members: z.array(z.strictObject({ pseudonymKey: z.string().min(1), learnerId: id }))
});

/** `index/codes.json`: class code without its dash → classroom id. */
export const codesIndexSchema = z.strictObject({
	version: z.literal(1),
	codes: z.record(normalizedClassCode, id)
});

/** `recovery/<xx>.json`: hash of a recovery code → learner id. */
export const recoveryShardSchema = z.strictObject({
	version: z.literal(1),
	learners: z.record(sha256, id)
});

/** `sessions/<xx>.json`: hash of a session token → whose it is. */
export const sessionShardSchema = z.strictObject({
	version: z.literal(1),
	sessions: z.record(sha256, z.strictObject({ learnerId: id, createdAt: timestamp }))
});

const teacherRecordSchema = z.strictObject({
	id,
	name: z.string().min(1),
	/** scrypt, as src/lib/server/teacher/password.ts writes it; checked there at sign-in. */
	passwordHash: z.string().min(1),
	createdAt: timestamp
});

/** `teachers/accounts.json`: every teacher (a school's few) and their pending invitations. */
export const teacherAccountsSchema = z
	.strictObject({
		version: z.literal(1),
		teachers: z.record(id, teacherRecordSchema),
		/** Hash of an invitation token → who made it and until when it can be used. */
		invites: z.record(
			sha256,
			z.strictObject({ createdBy: id, createdAt: timestamp, expiresAt: timestamp })
		)
	})
	.superRefine((data, context) => {
		// A sign-in name must lead to one account: a file edited by hand could say otherwise.
		const byName = new Map<string, string>();
		for (const [key, teacher] of Object.entries(data.teachers)) {
			if (teacher.id !== key) {
				context.addIssue({
					code: 'custom',
					path: ['teachers', key, 'id'],
					message: `expected ${key}, the key it is filed under`
				});
			}
			const nameKey = pseudonymKey(teacher.name);
			const other = byName.get(nameKey);
			if (other !== undefined) {
				context.addIssue({
					code: 'custom',
					path: ['teachers', key, 'name'],
					message: `same name as teacher ${other} (case and accents aside)`
				});
			}
			byName.set(nameKey, key);
		}
	});

/** `teachers/sessions.json`: hash of a teacher's session token → whose, until when. */
export const teacherSessionsSchema = z.strictObject({
	version: z.literal(1),
	sessions: z.record(
		sha256,
		z.strictObject({ teacherId: id, createdAt: timestamp, expiresAt: timestamp })
	)
});

export type LearnerFile = z.infer<typeof learnerFileSchema>;
export type LearnerFileV1 = z.infer<typeof learnerFileV1Schema>;
export type ClassroomFile = z.infer<typeof classroomFileSchema>;
export type CodesIndex = z.infer<typeof codesIndexSchema>;
export type RecoveryShard = z.infer<typeof recoveryShardSchema>;
export type SessionShard = z.infer<typeof sessionShardSchema>;
export type TeacherRecord = z.infer<typeof teacherRecordSchema>;
export type TeacherAccountsFile = z.infer<typeof teacherAccountsSchema>;
export type TeacherSessionsFile = z.infer<typeof teacherSessionsSchema>;

/** `events[3].paragraph`, or "the file itself" for the top level. */
function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const part of path) {
		text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
	}
	return text || 'the file itself';
}

/** Zod's issues in plain words: "version: expected 1; learner.id: expected an id (UUID)". */
export function describeIssues(error: z.ZodError, max = 5): string {
	const issues = error.issues.map(
		(issue) => `${formatPath(issue.path)}: ${issue.message.replace(/^Invalid input: /, '')}`
	);
	const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
	return issues.slice(0, max).join('; ') + more;
}

/**
 * A parse function for DurableFile: returns the checked data, or throws an Error saying in
 * plain words what is wrong with the file's shape.
 */
export function parserFor<T>(schema: z.ZodType<T>): (value: unknown) => T {
	return (value) => {
		const result = schema.safeParse(value);
		if (!result.success) {
			throw new Error(`does not have the expected shape (${describeIssues(result.error)})`);
		}
		return result.data;
	};
}
