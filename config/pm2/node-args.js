/**
 * Node flags of every production CMS and worker process (pm2 here, `npm start` in cms/package.json,
 * the benches): a larger young generation. Request handling allocates many short-lived objects
 * (Strapi's query engine, knex, mysql2 packets); with V8's default semi-space they are scavenged
 * far more often and more of them get promoted. Measured on the payment-notification path: about
 * a fifth less CMS CPU per notification (README, benches). Costs up to ~100 MB more per process.
 */
module.exports = ['--max-semi-space-size=32'];
