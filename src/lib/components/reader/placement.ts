export interface Box {
	top: number;
	left: number;
	width: number;
	height: number;
}

export interface Placement {
	top: number;
	left: number;
	side: 'below' | 'above';
}

/**
 * Where to put a tooltip for a word, in viewport coordinates: below the word if it fits,
 * else above, never over the word itself (a phone user must still see what they tapped),
 * and kept inside the screen's width.
 */
export function placeTooltip(
	word: Box,
	tooltip: { width: number; height: number },
	viewport: { width: number; height: number },
	gap = 6,
	margin = 8
): Placement {
	const spaceBelow = viewport.height - (word.top + word.height) - gap - margin;
	const spaceAbove = word.top - gap - margin;
	const side = tooltip.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
	const top = side === 'below' ? word.top + word.height + gap : word.top - gap - tooltip.height;
	const maxLeft = Math.max(margin, viewport.width - margin - tooltip.width);
	const left = Math.min(Math.max(word.left, margin), maxLeft);
	return { top, left, side };
}
