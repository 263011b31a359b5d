/**
 * workerData of the analysis worker: only a thread started with it serves requests (the same
 * bundle is also loaded with require() as the engine). A module of its own, so that starting a
 * worker never pulls the engine in.
 */
export const WORKER_ROLE = 'news-lens-analysis';
