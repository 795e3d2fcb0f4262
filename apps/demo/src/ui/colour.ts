import pc from 'picocolors';

/**
 * Colours for standard output. picocolors turns them off when the output is not a
 * terminal or NO_COLOR is set, and on when FORCE_COLOR is set.
 */
export const colour = pc;
