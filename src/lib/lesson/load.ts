import type { z } from 'zod';
import { resolveAnchor, type TextRange } from './anchor';
import { countWords } from './french';
import { findTerms, unseenForms, type TermOccurrence } from './glossary';
import { issuesProblems, suggestedId } from './issues';
import { phrase, phrasedProblem } from './problem-text';
import { questionProblems, questionWarnings } from './quiz-rules';
import { annotationProblems } from './annotation-rules';
import type { Problem } from './problems';
import {
	LESSON_ID,
	lessonFiles,
	type Annotation,
	type GlossaryTerm,
	type LessonFile,
	type Question,
	type Speaker,
	type TextAnchor
} from './schema';
import { decodeUtf8, YamlSource, type Path } from './yaml-source';

/** Words per minute of a B1 learner reading a news text with care. */
const READING_WORDS_PER_MINUTE = 120;

export interface LessonParagraph {
	/** 1-based, as teachers and learners count. */
	number: number;
	kind: 'text' | 'caption';
	fr: string;
	/** Null while a draft's translation is still to write. */
	en: string | null;
	/** Glossary terms in this paragraph, in reading order. */
	terms: TermOccurrence[];
}

export interface Lesson {
	id: string;
	/** A draft's English title may be still to write: the French one stands in for it. */
	title: { fr: string; en: string };
	level: LessonFile['level'];
	/** "draft": teachers only (preview); pupils never see it. */
	status: 'draft' | 'published';
	readingMinutes: number;
	wordCount: number;
	source: LessonFile['source'];
	lens: NonNullable<LessonFile['lens']>;
	paragraphs: LessonParagraph[];
	/** Sorted by lemma, in French alphabetical order. */
	glossary: GlossaryTerm[];
	/** Who the annotations attribute words to. */
	speakers: Speaker[];
	annotations: (Annotation & { range: TextRange })[];
	questions: (Question & { evidenceRanges: TextRange[] })[];
	/** Ids of the questions that fit one class period, in quiz order; the rest go further. */
	corePath: string[];
}

/** A lesson folder as read from disk: its name and the bytes of each file in it. */
export interface LessonFolder {
	id: string;
	/** Path shown in messages, e.g. `questions/karabakh-revenge`. */
	label: string;
	files: ReadonlyMap<string, Uint8Array>;
}

/** Problems make a lesson invalid; warnings (e.g. an id that gives the answer away) do not. */
export type LessonResult =
	| { lesson: Lesson; problems: []; warnings: Problem[] }
	| { lesson: null; problems: Problem[]; warnings: Problem[] };

type Parsed<K extends keyof typeof lessonFiles> = z.output<(typeof lessonFiles)[K]['schema']>;

function parseFile<K extends keyof typeof lessonFiles>(
	folder: LessonFolder,
	name: K,
	problems: Problem[]
): { data: Parsed<K>; source: YamlSource | null } | null {
	const { file, schema, required } = lessonFiles[name];
	const label = `${folder.label}/${file}`;
	const bytes = folder.files.get(file);
	if (!bytes) {
		if (required) {
			problems.push(
				phrasedProblem(
					{ file: label, line: 1, column: 1 },
					phrase('missingLessonFile', { file }),
					phrase('missingLessonFileFix', { file })
				)
			);
			return null;
		}
		return { data: schema.parse({}) as Parsed<K>, source: null };
	}
	const decoded = decodeUtf8(label, bytes);
	if (!decoded.ok) {
		problems.push(decoded.problem);
		return null;
	}
	const source = new YamlSource(label, decoded.text);
	if (source.problems.length > 0) {
		problems.push(...source.problems);
		return null;
	}
	const result = schema.safeParse(source.data ?? {});
	if (!result.success) {
		problems.push(...issuesProblems(result.error.issues, source, schema));
		return null;
	}
	return { data: result.data as Parsed<K>, source };
}

function duplicateIds(
	items: readonly { id: string }[],
	source: YamlSource | null,
	listKey: 'terms' | 'speakers' | 'annotations' | 'questions'
): Problem[] {
	const seen = new Map<string, number>();
	const problems: Problem[] = [];
	items.forEach(({ id }, index) => {
		const first = seen.get(id);
		if (first === undefined) return void seen.set(id, index);
		problems.push(
			phrasedProblem(
				{
					file: source?.file ?? '',
					...(source?.position([listKey, index, 'id']) ?? { line: 1, column: 1 })
				},
				phrase(`duplicateId.${listKey}`, { id, first: first + 1 }),
				phrase('duplicateIdFix')
			)
		);
	});
	return problems;
}

/** Problems of the quiz's `core:` list: ids that name no question, ids listed twice. */
function coreProblems(
	core: readonly string[],
	questions: readonly { id: string }[],
	source: YamlSource
): Problem[] {
	const known = new Set(questions.map((q) => q.id));
	const seen = new Map<string, number>();
	const problems: Problem[] = [];
	core.forEach((id, index) => {
		const where = { file: source.file, ...source.position(['core', index]) };
		const first = seen.get(id);
		if (first !== undefined) {
			problems.push(
				phrasedProblem(where, phrase('coreTwice', { id, first: first + 1 }), phrase('coreTwiceFix'))
			);
		} else if (!known.has(id)) {
			problems.push(phrasedProblem(where, phrase('coreUnknown', { id }), phrase('coreUnknownFix')));
		}
		if (first === undefined) seen.set(id, index);
	});
	return problems;
}

function anchorProblems(
	paragraphs: readonly string[],
	anchor: TextAnchor,
	source: YamlSource,
	path: Path
): { range?: TextRange; problems: Problem[] } {
	const result = resolveAnchor(paragraphs, anchor);
	if (result.ok) return { range: result.range, problems: [] };
	const where = { file: source.file, ...source.position([...path, 'quote']) };
	return { problems: [phrasedProblem(where, result.phrases.message, result.phrases.fix)] };
}

/** Items of a file that carry `review: suggested`: counted in one warning at the first of them. */
function suggestionsWarning(
	lists: readonly { key: string; items: readonly { review?: 'suggested' }[] }[],
	source: YamlSource
): Problem[] {
	let count = 0;
	let first: Path | null = null;
	for (const { key, items } of lists) {
		items.forEach((item, i) => {
			if (item.review !== 'suggested') return;
			count++;
			first ??= [key, i, 'review'];
		});
	}
	if (!first) return [];
	return [
		phrasedProblem(
			{ file: source.file, ...source.position(first) },
			phrase('suggestionsToReview', { count }),
			phrase('suggestionsToReviewFix')
		)
	];
}

/**
 * What a glossary entry may leave unwritten: a suggested entry's English and definition are
 * "to write" (one warning for the file); a confirmed entry without them is a problem.
 */
function glossaryToWrite(
	terms: readonly GlossaryTerm[],
	source: YamlSource,
	problems: Problem[],
	warnings: Problem[]
): void {
	const unwritten: number[] = [];
	terms.forEach((term, t) => {
		const missing = (['en', 'definition'] as const).filter((field) => !term[field]);
		if (missing.length === 0) return;
		if (term.review === 'suggested') return void unwritten.push(t);
		for (const field of missing) {
			problems.push(
				phrasedProblem(
					{ file: source.file, ...source.firstKeyPositionOr(['terms', t]) },
					phrase('termMissing', { lemma: term.lemma, field: phrase(`glossaryField.${field}`) }),
					phrase('termMissingFix')
				)
			);
		}
	});
	const first = unwritten[0];
	if (first === undefined) return;
	warnings.push(
		phrasedProblem(
			{ file: source.file, ...source.firstKeyPositionOr(['terms', first]) },
			phrase('termToWrite', { count: unwritten.length, lemma: terms[first]!.lemma }),
			phrase('termToWriteFix')
		)
	);
}

/** A draft may leave paragraphs untranslated (one warning); a published lesson may not. */
function translationToWrite(
	lesson: LessonFile,
	source: YamlSource,
	problems: Problem[],
	warnings: Problem[]
): void {
	if (!lesson.title.en) {
		const where = { file: source.file, ...source.firstKeyPositionOr(['title']) };
		if (lesson.status === 'draft') {
			warnings.push(phrasedProblem(where, phrase('titleToWrite'), phrase('titleToWriteFix')));
		} else {
			problems.push(phrasedProblem(where, phrase('titleMissing'), phrase('titleMissingFix')));
		}
	}
	const untranslated = lesson.paragraphs.flatMap((p, i) => (p.en ? [] : [i]));
	const first = untranslated[0];
	if (first === undefined) return;
	if (lesson.status === 'draft') {
		warnings.push(
			phrasedProblem(
				{ file: source.file, ...source.firstKeyPositionOr(['paragraphs', first]) },
				phrase('translationToWrite', { count: untranslated.length, number: first + 1 }),
				phrase('translationToWriteFix')
			)
		);
		return;
	}
	for (const i of untranslated) {
		problems.push(
			phrasedProblem(
				{ file: source.file, ...source.firstKeyPositionOr(['paragraphs', i]) },
				phrase('translationMissing', { number: i + 1 }),
				phrase('translationMissingFix')
			)
		);
	}
}

/**
 * Validates a lesson folder and builds the lesson the reader and the quiz use. Every problem in
 * every file is reported, each at its file, line and column; a lesson with any problem is null.
 */
export function buildLesson(folder: LessonFolder): LessonResult {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	if (!LESSON_ID.test(folder.id)) {
		problems.push(
			phrasedProblem(
				{ file: folder.label, line: 1, column: 1 },
				phrase('badFolderName', { id: folder.id }),
				phrase('badFolderNameFix', { suggestion: suggestedId(folder.id) })
			)
		);
	}
	const known = new Set<string>(Object.values(lessonFiles).map((f) => f.file));
	for (const name of folder.files.keys()) {
		if (/\.ya?ml$/i.test(name) && !known.has(name)) {
			problems.push(
				phrasedProblem(
					{ file: `${folder.label}/${name}`, line: 1, column: 1 },
					phrase('unknownFile', { name }),
					phrase('unknownFileFix', { known: [...known].join(', ') })
				)
			);
		}
	}

	const lessonFile = parseFile(folder, 'lesson', problems);
	const glossaryFile = parseFile(folder, 'glossary', problems);
	const annotationsFile = parseFile(folder, 'annotations', problems);
	const quizFile = parseFile(folder, 'quiz', problems);
	if (!lessonFile) return { lesson: null, problems, warnings };

	const texts = lessonFile.data.paragraphs.map((p) => p.fr);
	const terms = glossaryFile?.data.terms ?? [];
	if (lessonFile.source) {
		translationToWrite(lessonFile.data, lessonFile.source, problems, warnings);
	}

	if (glossaryFile?.source) {
		const source = glossaryFile.source;
		problems.push(...duplicateIds(terms, source, 'terms'));
		warnings.push(...suggestionsWarning([{ key: 'terms', items: terms }], source));
		glossaryToWrite(terms, source, problems, warnings);
		const owner = new Map<string, number>();
		const duplicated = new Set<string>();
		terms.forEach((term, t) => {
			if (term.pos === 'noun' && !term.gender) {
				problems.push(
					phrasedProblem(
						{ file: source.file, ...source.position(['terms', t, 'pos']) },
						phrase('nounGender', { lemma: term.lemma }),
						phrase('nounGenderFix')
					)
				);
			}
			term.forms.forEach((form, f) => {
				const key = form.toLocaleLowerCase('fr');
				const other = owner.get(key);
				if (other !== undefined && other !== t) {
					duplicated.add(`${t}/${f}`);
					problems.push(
						phrasedProblem(
							{ file: source.file, ...source.position(['terms', t, 'forms', f]) },
							phrase('formTwice', { form, other: terms[other]!.id }),
							phrase('formTwiceFix')
						)
					);
				} else owner.set(key, t);
			});
		});
		for (const unseen of unseenForms(texts, terms)) {
			if (duplicated.has(`${unseen.termIndex}/${unseen.formIndex}`)) continue; // said above
			const where = {
				file: source.file,
				...source.position(['terms', unseen.termIndex, 'forms', unseen.formIndex])
			};
			problems.push(
				unseen.hiddenBy
					? phrasedProblem(
							where,
							phrase('formHidden', { form: unseen.form, longer: unseen.hiddenBy }),
							phrase('formHiddenFix', { longer: unseen.hiddenBy })
						)
					: phrasedProblem(
							where,
							phrase('formAbsent', { form: unseen.form }),
							phrase('formAbsentFix')
						)
			);
		}
	}

	const annotations: Lesson['annotations'] = [];
	if (annotationsFile?.source) {
		const source = annotationsFile.source;
		const { speakers, annotations: listed } = annotationsFile.data;
		problems.push(...duplicateIds(speakers, source, 'speakers'));
		problems.push(...duplicateIds(listed, source, 'annotations'));
		warnings.push(...suggestionsWarning([{ key: 'annotations', items: listed }], source));
		const ranges = new Map<number, TextRange>();
		listed.forEach((annotation, i) => {
			const found = anchorProblems(texts, annotation.anchor, source, ['annotations', i, 'anchor']);
			problems.push(...found.problems);
			if (found.range) {
				ranges.set(i, found.range);
				annotations.push({ ...annotation, range: found.range });
			}
		});
		for (const rule of annotationProblems(texts, speakers, listed, ranges)) {
			problems.push({
				file: source.file,
				...source.position(['annotations', ...rule.path]),
				message: rule.message,
				fix: rule.fix
			});
		}
	}

	const questions: Lesson['questions'] = [];
	if (quizFile?.source) {
		const source = quizFile.source;
		problems.push(...duplicateIds(quizFile.data.questions, source, 'questions'));
		problems.push(...coreProblems(quizFile.data.core ?? [], quizFile.data.questions, source));
		warnings.push(
			...suggestionsWarning([{ key: 'questions', items: quizFile.data.questions }], source)
		);
		quizFile.data.questions.forEach((question, q) => {
			const evidenceRanges: TextRange[] = [];
			(question.evidence ?? []).forEach((anchor, e) => {
				const found = anchorProblems(texts, anchor, source, ['questions', q, 'evidence', e]);
				problems.push(...found.problems);
				if (found.range) evidenceRanges.push(found.range);
			});
			for (const rule of questionProblems(question, texts)) {
				problems.push({
					file: source.file,
					...source.position(['questions', q, ...rule.path]),
					message: `question "${question.id}": ${rule.message}`,
					fix: rule.fix
				});
			}
			for (const rule of questionWarnings(question)) {
				warnings.push({
					file: source.file,
					...source.position(['questions', q, ...rule.path]),
					message: `question "${question.id}": ${rule.message}`,
					fix: rule.fix
				});
			}
			questions.push({ ...question, evidenceRanges });
		});
	}

	if (problems.length > 0 || !glossaryFile || !annotationsFile || !quizFile) {
		return { lesson: null, problems, warnings };
	}

	const { data } = lessonFile;
	const wordCount = texts.reduce((sum, text) => sum + countWords(text), 0);
	const core = quizFile.data.core;
	const corePath = questions.map((q) => q.id).filter((id) => !core || core.includes(id));
	return {
		lesson: {
			id: folder.id,
			title: { fr: data.title.fr, en: data.title.en ?? data.title.fr },
			level: data.level,
			status: data.status ?? 'published',
			readingMinutes:
				data.readingMinutes ?? Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE)),
			wordCount,
			source: data.source,
			lens: data.lens ?? [],
			paragraphs: data.paragraphs.map((p, i) => ({
				number: i + 1,
				kind: p.kind,
				fr: p.fr,
				en: p.en ?? null,
				terms: findTerms(p.fr, terms)
			})),
			glossary: [...terms].sort((a, b) => a.lemma.localeCompare(b.lemma, 'fr')),
			speakers: annotationsFile.data.speakers,
			annotations,
			questions,
			corePath
		},
		problems: [],
		warnings
	};
}
