// A worker for WorkerClient's tests: remembers what its starter posts first, answers { echo } with it and the echo,
// answers { bytes } with how many it received, and exits (as a worker that crashes) when asked to.
import { parentPort } from 'node:worker_threads';

let state = 'nothing';
parentPort.on('message', (request) => {
  if (request.state !== undefined) state = request.state;
  if (request.exit) process.exit(1);
  if (request.echo !== undefined) parentPort.postMessage({ id: request.id, result: `${state}:${request.echo}` });
  if (request.bytes !== undefined)
    parentPort.postMessage({ id: request.id, result: `${state}:${request.bytes.byteLength} bytes` });
  if (request.fail) parentPort.postMessage({ id: request.id, error: request.fail });
});
