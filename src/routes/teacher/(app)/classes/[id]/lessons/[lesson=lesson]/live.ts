// How the dashboard keeps up with a class at work: the page's load depends on this key, and the
// page invalidates it every few seconds while the tab is visible (a meta refresh without JS).

/** The dependency the page's load declares, invalidated to fetch fresh figures. */
export const DASHBOARD_DEPENDENCY = 'teacher:class-dashboard';

/** Seconds between updates with JavaScript. */
export const UPDATE_SECONDS = 10;

/** Seconds between reloads without JavaScript: a whole page, so less often. */
export const RELOAD_SECONDS = 30;
