// Engine calls of many labs starting at once, in the order that keeps a classroom fair: at most
// `concurrency` calls in flight (a 2-core engine starting twelve labs side by side makes every one of them
// slow), terminal work (the network and the learner's shell host) before anything else, and within each
// class the labs in the order they arrived, so no start is overtaken by a later one.
export type WorkClass = "terminal" | "rest";
/** About the engine's CPU count (measured in bench:classroom on the 2-core reference machine). */
export const DEFAULT_DOCKER_CONCURRENCY = 2;

type Waiting = { rank: number; arrival: number; seq: number; run: () => void };

export type DockerWorkScheduler = {
  /** A place in line for a lab that starts provisioning now. */
  arrive(): number;
  run<T>(work: WorkClass, arrival: number, call: () => Promise<T>): Promise<T>;
  /** Calls in flight and waiting (for tests and metrics). */
  load(): { running: number; waiting: number };
};

export function createDockerWorkScheduler(concurrency: number): DockerWorkScheduler {
  const waiting: Waiting[] = [];
  let running = 0;
  let seq = 0;
  let arrivals = 0;
  const before = (a: Waiting, b: Waiting) => a.rank - b.rank || a.arrival - b.arrival || a.seq - b.seq;
  const pump = () => {
    while (running < concurrency && waiting.length) {
      waiting.sort(before);
      running++;
      waiting.shift()!.run();
    }
  };
  return {
    arrive: () => arrivals++,
    run(work, arrival, call) {
      return new Promise((resolve, reject) => {
        const run = () =>
          void Promise.resolve()
            .then(call)
            .then(resolve, reject)
            .finally(() => {
              running--;
              pump();
            });
        waiting.push({ rank: work === "terminal" ? 0 : 1, arrival, seq: seq++, run });
        pump();
      });
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}
