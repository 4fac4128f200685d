// How the dashboard keeps up with a class at work: every few seconds while the tab is visible
// the page asks `live` for what changed since the figures it shows (a meta refresh without JS).

/** Seconds between updates with JavaScript. */
export const UPDATE_SECONDS = 10;

/** Seconds between reloads without JavaScript: a whole page, so less often. */
export const RELOAD_SECONDS = 30;
