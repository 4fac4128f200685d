/** A lesson folder name, which is also its URL: lower-case words joined by hyphens. */
export const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
