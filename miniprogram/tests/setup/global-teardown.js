/** Stops the sandbox + CMS child (it drops its database on SIGTERM). */
module.exports = async () => {
  const child = globalThis.__MP_STACK__;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
};
