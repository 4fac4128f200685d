// npm run lesson:draft -- <text-file> [--title "<headline>"] [--level B1] [--id <id>] [--out <dir>]
// Drafts a lesson from a French news text into <out>/<id>/ (default questions/): the four lesson
// files, every proposal marked "review: suggested", the lesson "status: draft". Prints a summary
// and one JSON line; exit code 1 with nothing written when the input cannot be used.
import { draftCommand } from './lib/lesson-draft';

process.exitCode = await draftCommand(process.argv.slice(2), {
	out: (line) => console.log(line),
	err: (line) => console.error(line)
});
