/** A `depeche batch` worker thread: runs the jobs the main thread posts and posts their outcomes back. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractEntities, parseArticle, parseTicker } from '../index.js';
import { type Job, type JobSettings, runJob } from './crawl/job.js';

const api = { parseArticle, parseTicker, extractEntities };
const settings = workerData as JobSettings;

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage(runJob(api, job, settings));
});
