import { questionWarnings } from './quiz-rules';
import type { LessonFolder } from './load';
import type { Problem } from './problems';
import { lessonFiles } from './schema';
import { decodeUtf8, YamlSource } from './yaml-source';

/**
 * What `lessons:check` warns about in a lesson that loads: questions a learner could answer
 * without reading. Warnings never stop a lesson; a file that does not parse has none (its
 * errors come from `buildLesson`).
 */
export function lessonWarnings(folder: LessonFolder): Problem[] {
	const { file, schema } = lessonFiles.quiz;
	const label = `${folder.label}/${file}`;
	const bytes = folder.files.get(file);
	if (!bytes) return [];
	const decoded = decodeUtf8(label, bytes);
	if (!decoded.ok) return [];
	const source = new YamlSource(label, decoded.text);
	if (source.problems.length > 0) return [];
	const parsed = schema.safeParse(source.data ?? {});
	if (!parsed.success) return [];
	return parsed.data.questions.flatMap((question, q) =>
		questionWarnings(question).map((warning) => ({
			file: label,
			...source.position(['questions', q, ...warning.path]),
			message: `question "${question.id}": ${warning.message}`,
			fix: warning.fix
		}))
	);
}
