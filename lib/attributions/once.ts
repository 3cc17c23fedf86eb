/**
 * `read`, called at most once, on first need: for a value a rule may ask for several times or
 * not at all. The closure is returned unnamed: tsx (the bench, the tests) names every named
 * closure it makes with a property definition, a cost per call in a hot rule.
 */
export function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}
