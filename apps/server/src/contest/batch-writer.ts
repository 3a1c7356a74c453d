// Group commit: writes arriving while a batch is being written wait and go together in the next one, each caller
// answered only once its batch has committed (so nothing acknowledged is lost, and 2,000 writes a second are a few
// dozen transactions).
export function batchWriter<T, R>(flush: (items: T[]) => Promise<R>, maxBatch = 1000) {
  let queue: { item: T; done: (r: R) => void; fail: (e: unknown) => void }[] = [];
  let running = false;
  async function drain() {
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        const r = await flush(batch.map((b) => b.item));
        for (const b of batch) b.done(r);
      } catch (e) {
        for (const b of batch) b.fail(e);
      }
    }
    running = false;
  }
  return (item: T) =>
    new Promise<R>((done, fail) => {
      queue.push({ item, done, fail });
      if (!running) {
        running = true;
        setImmediate(drain);
      }
    });
}
