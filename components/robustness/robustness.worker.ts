/// <reference lib="webworker" />
// A thin shell: the work is lib/robustness/jobs.ts. Cancel = the page terminates this worker.
import { runJob, type Job } from "@/lib/robustness/jobs";

self.onmessage = (e: MessageEvent<Job>) => runJob(e.data, (reply) => self.postMessage(reply));
