/**
 * Plugin tests boot the real CMS through the CMS test harness. forceExit: the outage test cuts
 * Redis and the database under a running CMS, whose queue connections may keep it from stopping.
 */
module.exports = { ...require('../../cms/tests/harness/plugin-jest-config')(__dirname), forceExit: true };
