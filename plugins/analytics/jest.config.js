/** Plugin tests boot the real CMS through the CMS test harness. */
module.exports = require('../../cms/tests/harness/plugin-jest-config')(__dirname);
