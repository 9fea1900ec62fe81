/**
 * Long work written as a generator that yields between small steps, so one body of code runs straight through (CLI,
 * tests) or in slices that leave the server free to answer between them (`runInSlices`).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to their end, without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps, pausing every `sliceMs` so other requests get through; gives up (undefined) as soon as `isStale`
 * says the result is no longer wanted.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 20, isStale: () => boolean = () => false): Promise<T | undefined> {
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      if (isStale()) {
        steps.return(undefined as never);
        return undefined;
      }
      sliceStart = Date.now();
    }
  }
}
