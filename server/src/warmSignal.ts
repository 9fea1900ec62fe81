/**
 * The server tells its loader (start.ts) that it has checked its first drafts, by an event on `process`: the loader
 * then saves V8's code cache, which by then holds the checking code compiled too. Without the loader, nobody listens.
 */
export const WARM_EVENT = 'verbatim:warm';

let signalled = false;

export function signalWarm(): void {
  if (signalled) return;
  signalled = true;
  (process as NodeJS.EventEmitter).emit(WARM_EVENT);
}
