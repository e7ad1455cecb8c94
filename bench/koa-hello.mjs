/** The ceiling: a bare Koa server answering a small JSON body, on the same machine as the CMS. */
import Koa from 'koa';

const app = new Koa();
const body = JSON.stringify({ data: { hello: 'world' } });
app.use((ctx) => {
  ctx.type = 'application/json';
  ctx.body = body;
});
const server = app.listen(Number(process.env.PORT || 1339), '127.0.0.1', () => {
  process.stdout.write(`READY ${server.address().port}\n`);
});
