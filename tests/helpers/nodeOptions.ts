/**
 * NODE_OPTIONS for the commands tests start (CLI, collector, migrations), as package.json runs them.
 * Lexical's default Node entry points pick their build with a top-level `await import()`, and
 * Node 20 intermittently leaves such a module graph unsettled: the process exits with code 13 or
 * hangs before any work. The `production` condition resolves Lexical straight to its built files.
 */
export const SCRIPT_NODE_OPTIONS = '--no-deprecation --conditions=production'
