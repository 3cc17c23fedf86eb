export default defineBackground({
  type: 'module',
  main() {
    // Wiring comes with the walking skeleton (issue 2).
  },
});
