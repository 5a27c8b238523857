/**
 * Moved to scripts/cli.ts (shared by every command-line tool); re-exported here until the
 * tests that import it from this path are updated.
 */
export * from '../cli.ts';
