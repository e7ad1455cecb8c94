/**
 * The build (npm build of @vant/weapp into miniprogram_npm, tsc — which fails on a type error —
 * and the assets) and the package size limits: main ≤ 1.5 MB, each subpackage ≤ 1.8 MB, total ≤ 8 MB.
 */

const { build } = require('../scripts/build');

const { measure, overLimits, kb, LIMITS } = require('../scripts/size');

test('the built mini program fits the main package and total size limits', async () => {
  const out: string = await build();
  const sizes = measure(out);

  console.log(`main ${kb(sizes.main)} / ${kb(LIMITS.main)}, total ${kb(sizes.total)} / ${kb(LIMITS.total)}`);
  expect(sizes.main).toBeGreaterThan(100 * 1024); // Vant Weapp is in: the build really ran
  expect(Object.values(sizes.subpackages).every((bytes) => (bytes as number) > 0)).toBe(true);
  expect(overLimits(sizes)).toEqual([]);
});

test('the check reports a package over its limit', () => {
  expect(overLimits({ main: 2 * 1024 * 1024, total: 9 * 1024 * 1024, subpackages: { packagePay: 2 * 1024 * 1024, packageMerchant: 1024 } })).toEqual([
    'main package 2048.0 KB exceeds 1536.0 KB',
    'total package 9216.0 KB exceeds 8192.0 KB',
    'subpackage packagePay 2048.0 KB exceeds 1843.2 KB',
  ]);
});
