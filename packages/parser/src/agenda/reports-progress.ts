// "Matters arising", "Actions from the last meeting", "Review of actions": a title under which actions report how earlier ones went.
const MATTERS_ARISING = /matters arising|minutes of (?:the )?(?:last|previous)|actions? (?:from|of) (?:the )?(?:last|previous)|review of actions|action (?:log|tracker)|outstanding actions/i;

/** Whether the actions under a title with these words report on earlier actions (their progress after a dash). */
export const reportsProgress = (title: string): boolean => MATTERS_ARISING.test(title);
