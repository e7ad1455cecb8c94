const { TestEnvironment } = require('jest-environment-jsdom');

/** jsdom for miniprogram-simulate, plus Node's fetch for the wx.request → HTTP adapter. */
class MiniprogramEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.fetch = fetch;
  }
}

module.exports = MiniprogramEnvironment;
