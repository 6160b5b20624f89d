// A stand-in for the batch worker (src/cli/worker.ts) that dies on purpose:
// it answers each job with a line naming its record, and exits with code 7
// when a group holds the record whose id is `poison`, as a worker that runs
// out of memory on one page would.
import { parentPort } from 'node:worker_threads';

const encoder = new TextEncoder();
parentPort?.on('message', (jobs) => {
  if (jobs.some((job) => job.record.source.id === 'poison')) process.exit(7);
  parentPort?.postMessage(
    jobs.map((job) => ({
      seq: job.seq,
      kind: 'line',
      line: encoder.encode(`${job.record.source.id}\n`),
    })),
  );
});
