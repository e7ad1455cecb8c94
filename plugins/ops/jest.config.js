/**
 * Plugin tests boot the real CMS through the CMS test harness. forceExit: after the suites a handle
 * (not yet identified; seen with the sandbox and SMTP sink stacks) keeps jest from exiting by itself.
 */
module.exports = { ...require('../../cms/tests/harness/plugin-jest-config')(__dirname), forceExit: true };
