/** A, B, C… naming the options, choices and items of a printed question, on the sheet and in its key. */
export const letter = (index: number): string => String.fromCharCode(65 + index);
