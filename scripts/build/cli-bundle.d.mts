// Types of cli-bundle.mjs (plain JavaScript, so bin/crosscheck.mjs can run it before anything is built).
export const CLI_DIR: string;
export const CLI_ENTRY: string;
export const CLI_MANIFEST: string;
export function cliIsFresh(): boolean;
export function ensureCliBuilt(): Promise<string>;
