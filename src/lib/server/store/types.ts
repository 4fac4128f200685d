import type { Lang } from '../../i18n/languages';

// The store's domain model and interface. Routes talk to `Store` only; the lowdb
// implementation (./lowdb/store.ts) and any later one (a database server) pass the same
// contract suite (tests/unit/store/contract.ts).

/** Language of quiz instructions and feedback: French, English or both side by side. */
export type QuizLanguage = 'fr' | 'en' | 'both';

export interface Classroom {
	id: string;
	/** What pupils type to join, e.g. `K7M-Q2X`: unambiguous letters and digits. */
	code: string;
	name: string;
	/** The teacher who owns it; null until a teacher account adopts it. */
	ownerId: string | null;
	archived: boolean;
	createdAt: string;
}

export interface Teacher {
	id: string;
	/** The name they sign in with, unique among teachers (compared without case or accents). */
	name: string;
	createdAt: string;
}

export interface Learner {
	id: string;
	pseudonym: string;
	/** null for a self-learner. */
	classroomId: string | null;
	createdAt: string;
	uiLanguage: Lang | null;
	quizLanguage: QuizLanguage | null;
}

/**
 * What the reader reports. `key` makes a resent event a no-op (idempotency). Events are folded
 * into a bounded summary per lesson (`LessonReading`), never kept as a log.
 */
export type ReadingEvent = { key: string; lessonId: string; at: string } & (
	| { type: 'lesson-opened' }
	/** The paragraph the learner settled on: where to resume. */
	| { type: 'position'; paragraph: number }
	/** The furthest paragraph seen; `end` when it is the text's last one. */
	| { type: 'reached'; paragraph: number; end: boolean }
	| { type: 'term-looked-up'; termId: string; how: 'click' | 'tap' | 'focus' | 'hover' }
	| { type: 'translation-opened'; paragraph: number }
	| { type: 'lens-used'; lens: string }
);

export interface AnswerRecord {
	/** Idempotency key sent with the form: a resent form records nothing new. */
	key: string;
	lessonId: string;
	questionId: string;
	/** Hash of the question's content when answered: tells apart answers to an edited question. */
	questionHash: string;
	/** The learner's answer, as the quiz stores it (JSON). */
	answer: unknown;
	correct: boolean;
	/** 1 for the first try at this question, 2 for the second… */
	attempt: number;
	at: string;
}

/** What the store keeps of a learner's reading of one lesson: bounded, whatever is sent. */
export interface LessonReading {
	lessonId: string;
	firstOpenedAt: string | null;
	lastOpenedAt: string | null;
	/** Latest time anything happened in this lesson's reading. */
	lastActivityAt: string;
	/** Where to resume: the paragraph settled on last (1-based), or null. */
	lastParagraph: number | null;
	/** Time of the event that set `lastParagraph`: an older event arriving late does not move it. */
	lastParagraphAt: string | null;
	/** The furthest paragraph seen (1-based), or null. */
	furthestParagraph: number | null;
	/** The text's last paragraph was seen. */
	readToEnd: boolean;
	/** Glossary terms whose definition was shown, how many times, in first-look-up order. */
	terms: TermLookUps[];
	/** Paragraphs whose translation was opened, each once, ascending. */
	translationsOpened: number[];
	lensesUsed: string[];
}

export interface TermLookUps {
	termId: string;
	count: number;
	firstAt: string;
}

/** One learner's progress in one lesson, derived from their reading summary and answers. */
export interface LessonProgress {
	lessonId: string;
	firstOpenedAt: string | null;
	lastOpenedAt: string | null;
	/** Where to resume: the last paragraph the learner settled on (1-based), or null. */
	lastParagraph: number | null;
	/** The furthest paragraph seen (1-based), or null. */
	furthestParagraph: number | null;
	/** The text's last paragraph was seen. */
	readToEnd: boolean;
	/** Glossary term ids looked up, each once, in first-look-up order. */
	termsLookedUp: string[];
	/** How many times each term's definition was shown, in first-look-up order. */
	termLookUps: { termId: string; count: number }[];
	/** Paragraphs whose translation was opened, each once, ascending. */
	translationsOpened: number[];
	lensesUsed: string[];
	answers: AnswerRecord[];
}

export interface LearnerProgress {
	learner: Learner;
	lessons: LessonProgress[];
}

/**
 * What a class is given of a lesson's quiz: its core path, every question, or the questions the
 * teacher ticked (ids kept as given: the route checks them against the lesson).
 */
export type LessonAssignment =
	{ kind: 'core' } | { kind: 'all' } | { kind: 'chosen'; questionIds: string[] };

/** Everything stored about a learner, for the "download my data" button. */
export interface LearnerExport {
	exportedAt: string;
	learner: Learner;
	classroom: Pick<Classroom, 'name' | 'code'> | null;
	/** Per lesson, what the reader recorded (a summary: the events themselves are not kept). */
	reading: LessonReading[];
	answers: AnswerRecord[];
}

/** A learner of a class whose file cannot be read: the teacher can download it and delete it. */
export interface DamagedLearner {
	learnerId: string;
	/** The pseudonym as the class file keeps it (lower case, without accents). */
	pseudonymKey: string;
	/** What is wrong with the file, in plain words. */
	problem: string;
}

/** Thrown when a write did not reach the disk (full disk, I/O error): tell the user "try again". */
export class NotSavedError extends Error {
	constructor(
		readonly file: string,
		cause: unknown
	) {
		super(`Could not save ${file}: ${(cause as Error)?.message ?? cause}`, { cause });
		this.name = 'NotSavedError';
	}
}

/** Thrown when a stored file cannot be read or has the wrong shape: named, never overwritten. */
export class DamagedFileError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string
	) {
		super(`${file}: ${problem}`);
		this.name = 'DamagedFileError';
	}
}

export class TeacherNameTakenError extends Error {
	constructor(readonly teacherName: string) {
		super(`A teacher named "${teacherName}" already exists`);
		this.name = 'TeacherNameTakenError';
	}
}

export class PseudonymTakenError extends Error {
	constructor(readonly pseudonym: string) {
		super(`The pseudonym "${pseudonym}" is already used in this class`);
		this.name = 'PseudonymTakenError';
	}
}

/**
 * Thrown by a method that changes data when the learner or class it names does not exist
 * (never created, deleted, or not an id at all). Methods that only read return null instead.
 */
export class NotFoundError extends Error {
	constructor(
		readonly kind: 'learner' | 'classroom' | 'teacher',
		readonly id: string
	) {
		super(`No ${kind} with id ${JSON.stringify(id)}`);
		this.name = 'NotFoundError';
	}
}

export interface Store {
	/**
	 * A class with a new code; `ownerId` null until a teacher adopts it (class:create). With a
	 * `key` (the creation form's), the same key from the same owner gives back the class it made
	 * the first time, even for two requests at the same moment: a double click makes one class.
	 */
	createClassroom(name: string, ownerId?: string | null, key?: string): Promise<Classroom>;
	findClassroomByCode(code: string): Promise<Classroom | null>;
	getClassroom(id: string): Promise<Classroom | null>;
	/** Every class, or with `ownerId` only that teacher's; oldest first. */
	listClassrooms(ownerId?: string): Promise<Classroom[]>;
	renameClassroom(id: string, name: string): Promise<Classroom>;
	setClassroomArchived(id: string, archived: boolean): Promise<Classroom>;
	/**
	 * Deletes a class and, with it, every one of its learners (their progress, recovery codes and
	 * sessions, as deleteLearner does); its code stops working. Other classes and self-learners
	 * are untouched. NotFoundError for an unknown class.
	 */
	deleteClassroom(id: string): Promise<void>;

	/**
	 * What the class is given of a lesson: `{ kind: 'core' }` until the teacher chooses; null
	 * for an unknown class.
	 */
	getAssignment(classroomId: string, lessonId: string): Promise<LessonAssignment | null>;
	/**
	 * Sets what the class is given of a lesson and returns it. NotFoundError for an unknown class;
	 * TypeError, saving nothing, for a malformed one (unknown kind, empty or over-long choice).
	 */
	setAssignment(
		classroomId: string,
		lessonId: string,
		assignment: LessonAssignment
	): Promise<LessonAssignment>;

	countTeachers(): Promise<number>;
	/**
	 * A new teacher account; `passwordHash` is already hashed (scrypt). The first teacher adopts
	 * every class without an owner. Throws TeacherNameTakenError.
	 */
	createTeacher(input: { name: string; passwordHash: string }): Promise<Teacher>;
	getTeacher(id: string): Promise<Teacher | null>;
	/** The teacher with this name (case and accents ignored) and their password hash. */
	findTeacherByName(name: string): Promise<{ teacher: Teacher; passwordHash: string } | null>;
	/** A one-time invitation made by a teacher; returns the token for the link (stored hashed). */
	createTeacherInvite(teacherId: string, expiresAt: string): Promise<string>;
	/** Whether an invitation can still be used (known, unused, unexpired), without using it. */
	checkTeacherInvite(token: string): Promise<boolean>;
	/** Uses up an invitation: true once for a valid, unexpired token, false ever after. */
	consumeTeacherInvite(token: string): Promise<boolean>;
	/** A new teacher session; returns the token for the cookie (stored hashed). */
	createTeacherSession(teacherId: string, expiresAt: string): Promise<string>;
	/** The teacher a session belongs to, or null (unknown, expired, or teacher gone). */
	findSessionTeacher(token: string): Promise<Teacher | null>;
	deleteTeacherSession(token: string): Promise<void>;

	/**
	 * A new learner in a class (pseudonym unique in it, compared without case or accents) or
	 * a self-learner (classroomId null). Returns the recovery code, shown once and stored hashed.
	 */
	createLearner(input: {
		pseudonym: string;
		classroomId: string | null;
	}): Promise<{ learner: Learner; recoveryCode: string }>;
	getLearner(id: string): Promise<Learner | null>;
	findLearnerByRecoveryCode(code: string): Promise<Learner | null>;
	/**
	 * Replaces a learner's recovery code (the old one stops working) and ends every session
	 * opened so far, which may have been opened with the old code; returns the new code.
	 */
	resetRecoveryCode(learnerId: string): Promise<string>;
	updatePreferences(
		learnerId: string,
		preferences: { uiLanguage?: Lang; quizLanguage?: QuizLanguage }
	): Promise<Learner>;

	/** A new session for the learner; returns the token for the cookie (stored hashed). */
	createSession(learnerId: string): Promise<string>;
	/** The learner a session token belongs to, or null (unknown, deleted, or learner gone). */
	findSessionLearner(token: string): Promise<Learner | null>;
	deleteSession(token: string): Promise<void>;

	/** Records a reading event; false if an event with this key was already recorded. */
	recordEvent(learnerId: string, event: ReadingEvent): Promise<boolean>;
	/**
	 * Records a batch of reading events in one write; returns how many were new (keys already
	 * recorded recently are skipped). Throws TypeError, recording nothing, if one is malformed.
	 */
	recordEvents(learnerId: string, events: ReadingEvent[]): Promise<number>;
	/** Records an answer; false if an answer with this key was already recorded. */
	recordAnswer(learnerId: string, answer: AnswerRecord): Promise<boolean>;

	getProgress(learnerId: string): Promise<LearnerProgress | null>;
	/** Progress of every learner of one class; reads nothing of other classes. */
	listClassProgress(classroomId: string): Promise<LearnerProgress[]>;
	exportLearner(learnerId: string): Promise<LearnerExport | null>;
	/**
	 * Deletes the learner, their sessions, progress and recovery code; a damaged learner file
	 * is deleted too, with what leads to it.
	 */
	deleteLearner(learnerId: string): Promise<void>;
	/** The learners of a class whose file is damaged (left out of `listClassProgress`). */
	listDamagedLearners(classroomId: string): Promise<DamagedLearner[]>;
	/** A learner file's bytes as they are on disk (to rescue a damaged one), or null. */
	readLearnerFileRaw(learnerId: string): Promise<string | null>;

	/** Waits for pending writes and releases files and locks. */
	close(): Promise<void>;
}
