// The esbuild options the command ships with (scripts/build-cli.mjs), shared with the benchmark so
// that it times lib/ bundled exactly as the command runs it (bench/lib-bundle.ts).
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  tsconfigRaw: {},
};
