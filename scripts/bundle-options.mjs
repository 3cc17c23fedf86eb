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
  // esbuild rewrites a \p{...} escape outside a character class as `new RegExp(...)`, built again
  // each time the line runs (even for node22), where Node 20 reads the literal itself; the
  // extension's build (Vite) keeps the literals too.
  supported: { 'regexp-unicode-property-escapes': true },
};
