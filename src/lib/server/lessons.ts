import { resolve } from 'node:path';
import { env } from '$env/dynamic/private';
import { LessonCatalog } from './lesson-catalog';

const key = Symbol.for('qui-dit-quoi.lessons');
const global = globalThis as typeof globalThis & { [key]?: LessonCatalog };

// One catalog per process. In `npm run dev` this module is re-run on every edit: close the
// previous catalog's watcher instead of piling them up.
global[key]?.close();

/** The lessons of `QUESTIONS_DIR` (default `./questions`), reloaded when their files change. */
export const lessons = (global[key] = new LessonCatalog(
	resolve(env.QUESTIONS_DIR || 'questions')
).watch());
