// npm run bench:draft — drafts the seed article (its hand-made annotations are the reference)
// and each text of SHARED_TEXTS_DIR (default <repo>/../shared/texts: NN-name.txt beside its
// reference reading NN-name.gold.json), as `npm run lesson:draft` would: the headline as the
// title, the rest as the text. Prints recall and precision per category, sentence-source
// accuracy, whether the draft validates, time and memory per text; ends with one JSON line.
// Scoring follows the shared texts' score-draft.py (src/lib/draft/score.ts), so figures compare.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DRAFT_FILES, draftLesson, draftParagraphs } from '../../src/lib/draft/draft-lesson';
import {
	CATEGORIES,
	goldFromLesson,
	scoreDraft,
	type Category,
	type DraftScore,
	type Gold
} from '../../src/lib/draft/score';
import type { Lexicon } from '../../src/lib/draft/types';
import { buildLesson } from '../../src/lib/lesson/load';
import { openLexicon } from '../lib/lesson-draft';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const textsDir = resolve(process.env.SHARED_TEXTS_DIR || join(repo, '..', 'shared', 'texts'));
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface Case {
	name: string;
	title: string;
	body: string;
	lines: string[];
	gold: Gold;
}

function seedCase(): Case {
	const dir = join(repo, 'questions', 'karabakh-revenge');
	const lesson = parse(readFileSync(join(dir, 'lesson.yaml'), 'utf8'));
	const file = parse(readFileSync(join(dir, 'annotations.yaml'), 'utf8'));
	const paragraphs: string[] = lesson.paragraphs.map((p: { fr: string }) => p.fr.trim());
	const { gold, lines } = goldFromLesson(
		lesson.title.fr,
		paragraphs,
		file.speakers,
		file.annotations
	);
	return {
		name: 'seed (karabakh-revenge)',
		title: lesson.title.fr,
		body: paragraphs.join('\n'),
		lines,
		gold
	};
}

function sharedCases(): Case[] {
	if (!existsSync(textsDir)) {
		console.log(`No shared texts in ${textsDir} (set SHARED_TEXTS_DIR): the seed only.`);
		return [];
	}
	return readdirSync(textsDir)
		.filter(
			(name) =>
				/^\d+-.+\.txt$/.test(name) &&
				existsSync(join(textsDir, name.replace(/\.txt$/, '.gold.json')))
		)
		.sort()
		.map((name) => {
			const text = readFileSync(join(textsDir, name), 'utf8');
			const lines = text.split('\n').filter((line) => line.trim() !== '');
			const [title, ...body] = draftParagraphs(text);
			const gold = JSON.parse(
				readFileSync(join(textsDir, name.replace(/\.txt$/, '.gold.json')), 'utf8')
			);
			return { name, title: title!, body: body.join('\n'), lines, gold };
		});
}

/** Without the lexicon module (not installed yet), the chain runs on an empty lexicon. */
async function lexicon(): Promise<{ lexicon: Lexicon; ms: number; note: string }> {
	const started = performance.now();
	try {
		const loaded = await openLexicon();
		return { lexicon: loaded, ms: Math.round(performance.now() - started), note: 'loaded' };
	} catch (error) {
		console.log(`Lexicon not available (${(error as Error).message}): drafting without it.`);
		const empty: Lexicon = { analyse: () => [], forms: () => [], rank: () => undefined };
		return { lexicon: empty, ms: 0, note: 'missing' };
	}
}

const pct = (n: number | null) => (n === null ? '  – ' : `${Math.round(n * 100)}%`.padStart(4));

const rssBefore = process.memoryUsage().rss;
const cases = [seedCase(), ...sharedCases()];
const lex = await lexicon();
console.log(`Lexicon: ${lex.note}, ${lex.ms} ms, ${mb(process.memoryUsage().rss - rssBefore)} MB`);

const results: {
	name: string;
	words: number;
	ms: number;
	rssMb: number;
	valid: boolean;
	problems: number;
	questions: number;
	score: DraftScore;
}[] = [];
for (const c of cases) {
	const started = performance.now();
	const draft = draftLesson(c.body, {
		title: c.title,
		level: 'B1',
		lexicon: lex.lexicon,
		id: 'bench'
	});
	const ms = Math.round(performance.now() - started);
	const rssMb = mb(process.memoryUsage().rss - rssBefore);
	const built = buildLesson({
		id: 'bench',
		label: 'bench',
		files: new Map(DRAFT_FILES.map((f) => [f, new TextEncoder().encode(draft.files[f])]))
	});
	const annotations = parse(draft.files['annotations.yaml']);
	const score = scoreDraft(c.gold, c.lines, {
		paragraphs: parse(draft.files['lesson.yaml']).paragraphs.map((p: { fr: string }) => p.fr),
		speakers: annotations.speakers ?? [],
		annotations: annotations.annotations ?? []
	});
	results.push({
		name: c.name,
		words: draft.summary.words,
		ms,
		rssMb,
		valid: built.problems.length === 0,
		problems: built.problems.length,
		questions: draft.summary.questions,
		score
	});
	console.log(
		`\n${c.name}: ${draft.summary.words} words, ${ms} ms, +${rssMb} MB, ` +
			`${built.problems.length === 0 ? 'valid' : `${built.problems.length} problem(s)`}, ${draft.summary.questions} questions`
	);
	for (const name of CATEGORIES) {
		const s = score.categories[name];
		console.log(
			`  ${name.padEnd(24)} recall ${pct(s.recall)} (${s.found}/${s.core})  precision ${pct(s.precision)} (${s.correct}/${s.drafted})`
		);
	}
	console.log(
		`  ${'sources'.padEnd(24)} ${pct(score.sources.accuracy)} (${score.sources.correct}/${score.sources.sentences} sentences)`
	);
}

/** Recall and precision of a category over every text (sums, not a mean of ratios). */
function overall(name: Category) {
	const sum = (key: 'core' | 'found' | 'drafted' | 'correct') =>
		results.reduce((n, r) => n + r.score.categories[name][key], 0);
	const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : null);
	return {
		recall: ratio(sum('found'), sum('core')),
		precision: ratio(sum('correct'), sum('drafted'))
	};
}
const sentences = results.reduce((n, r) => n + r.score.sources.sentences, 0);
const sourced = results.reduce((n, r) => n + r.score.sources.correct, 0);
const categories = Object.fromEntries(CATEGORIES.map((name) => [name, overall(name)]));

console.log('\nAll texts:');
for (const name of CATEGORIES) {
	const { recall, precision } = categories[name]!;
	console.log(`  ${name.padEnd(24)} recall ${pct(recall)}  precision ${pct(precision)}`);
}
console.log(
	`  ${'sources'.padEnd(24)} ${pct(sentences ? sourced / sentences : null)} (${sourced}/${sentences})`
);
console.log(
	JSON.stringify({
		bench: 'draft-quality',
		lexicon: lex.note,
		lexiconMs: lex.ms,
		texts: results.map((r) => ({
			text: r.name,
			words: r.words,
			ms: r.ms,
			rssMb: r.rssMb,
			valid: r.valid,
			questions: r.questions,
			recall: r.score.recall,
			precision: r.score.precision,
			sources: r.score.sources.accuracy
		})),
		categories,
		sources: sentences ? Math.round((sourced / sentences) * 100) / 100 : null,
		allValid: results.every((r) => r.valid),
		maxMs: Math.max(...results.map((r) => r.ms)),
		maxRssMb: Math.max(...results.map((r) => r.rssMb))
	})
);
if (!results.every((r) => r.valid)) process.exitCode = 1;
