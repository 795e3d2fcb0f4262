import pc from 'picocolors';

const { NO_COLOR, FORCE_COLOR } = process.env;

/**
 * Colour only on a terminal. NO_COLOR (any value but empty, see no-color.org) turns it
 * off; FORCE_COLOR (but "0") turns it on for pipes. picocolors' own default also turns
 * it on whenever CI is set, which would put escape codes into piped output there.
 */
export const colourEnabled = !NO_COLOR && ((FORCE_COLOR !== undefined && FORCE_COLOR !== '0') || process.stdout.isTTY === true);

/** Colours for standard output. */
export const colour = pc.createColors(colourEnabled);
