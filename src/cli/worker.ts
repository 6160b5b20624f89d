/**
 * A `depeche batch` worker thread: runs each group of jobs the main thread
 * posts and posts their outcomes back in one message (a message costs tens
 * of microseconds; one per record would cost as much as a small page's parse).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractEntities, parseArticle, parseTicker } from '../index.js';
import { type Job, type JobSettings, runJob } from './crawl/job.js';

const api = { parseArticle, parseTicker, extractEntities };
const settings = workerData as JobSettings;

parentPort?.on('message', (jobs: Job[]) => {
  const outcomes = jobs.map((job) => runJob(api, job, settings));
  const lines = outcomes.flatMap((o) => ('line' in o ? [o.line.buffer as ArrayBuffer] : []));
  parentPort?.postMessage(outcomes, lines);
});
