import { createHash } from 'node:crypto';
import {
	diffView,
	printView,
	type View,
	type ViewPatch,
	type ViewPrint
} from '../../teacher/live-patch';

// Not pure: module state kept between requests, like dashboard-cache. The versions a page may
// still show (the last few of each class's view), so an update can be sent as a patch to it.
const hash = (value: unknown) =>
	createHash('sha1').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
const printed = new WeakMap<object, { version: string; print: ViewPrint }>();
const recent = new Map<string, Map<string, ViewPrint>>();
/** Versions kept per class view: a page more than this many updates behind gets the whole view. */
const VERSIONS_KEPT = 4;
/** Class views (× lesson × language) whose versions are kept. */
const VIEWS_KEPT = 32;

/** The view's version (its ETag) and print, worked out once per view object. */
function printOf(view: View) {
	let known = printed.get(view);
	if (!known) {
		const print = printView(view, hash);
		printed.set(view, (known = { version: hash(print), print }));
	}
	return known;
}

export type LiveReply =
	| { version: string; unchanged: true }
	| {
			version: string;
			unchanged: false;
			body: { version: string; patch: ViewPatch } | { version: string; view: View };
	  };

/**
 * What a dashboard showing version `shown` (null: none) needs to show `view`: nothing when it
 * is the same version, the changes when `shown` is a recent version, else the whole view.
 * `key` names the class view (lesson, class, language).
 */
export function liveReply(key: string, view: View, shown: string | null): LiveReply {
	const { version, print } = printOf(view);
	let versions = recent.get(key);
	if (!versions) {
		recent.set(key, (versions = new Map()));
		if (recent.size > VIEWS_KEPT) recent.delete(recent.keys().next().value!);
	}
	if (!versions.has(version)) {
		versions.set(version, print);
		if (versions.size > VERSIONS_KEPT) versions.delete(versions.keys().next().value!);
	}
	if (shown === version) return { version, unchanged: true };
	const before = shown ? versions.get(shown) : undefined;
	return {
		version,
		unchanged: false,
		body: before ? { version, patch: diffView(before, view, print) } : { version, view }
	};
}

/** The version of a view, for the page's first load. */
export const viewVersion = (view: View) => printOf(view).version;
