import type Modem from "docker-modem";
import { dockerCall } from "../docker-engine";
import type { SwarmConfig } from "./read-swarm-config";

type Task = {
  NodeID?: string;
  DesiredState: string;
  Status: { State: string; Message?: string; Err?: string; ContainerStatus?: { ContainerID?: string } };
};
export type TaskLocation = { engine: Modem; container: string; node: string };

const FAILED = new Set(["failed", "rejected", "orphaned", "shutdown", "complete", "remove"]);

/** Where a service's one task runs: the node's engine and the container's id there. */
export function createTaskLocator(config: SwarmConfig) {
  const nodeNames = new Map<string, string>(); // node id -> academy.node label
  const located = new Map<string, TaskLocation>(); // a task never moves: restart is off

  async function nodeName(id: string): Promise<string> {
    let name = nodeNames.get(id);
    if (!name) {
      const node = await dockerCall<{ Description: { Engine: { Labels?: Record<string, string> } } }>(
        { path: `/nodes/${id}`, method: "GET" },
        config.manager,
      );
      name = node.Description.Engine.Labels?.["academy.node"] ?? id;
      nodeNames.set(id, name);
    }
    return name;
  }

  const tasksOf = (service: string) =>
    dockerCall<Task[]>({ path: "/tasks?", method: "GET", options: { filters: JSON.stringify({ service: [service] }) } }, config.manager);

  return {
    /** Polls until the service's task runs; throws with swarm's reason when it failed, or stays unplaced past the timeout. */
    async waitRunning(service: string, timeoutMs = 120_000): Promise<TaskLocation> {
      const deadline = Date.now() + timeoutMs;
      for (let delay = 50; ; delay = Math.min(delay * 2, 400)) {
        const task = (await tasksOf(service))[0];
        const state = task?.Status.State;
        if (state === "running" && task.NodeID && task.Status.ContainerStatus?.ContainerID) {
          const node = await nodeName(task.NodeID);
          const engine = config.nodes.get(node);
          if (!engine) throw new Error(`${service} runs on node "${node}", which LAB_SWARM_NODES does not name`);
          const location = { engine, container: task.Status.ContainerStatus.ContainerID, node };
          located.set(service, location);
          return location;
        }
        const why = task?.Status.Err || task?.Status.Message || "no task yet";
        if (state && FAILED.has(state)) throw new Error(`${service} did not start: ${why}`);
        if (Date.now() > deadline) throw new Error(`${service} not running after ${timeoutMs / 1000} s: ${why}`);
        await new Promise((r) => setTimeout(r, delay));
      }
    },
    async locate(service: string): Promise<TaskLocation> {
      return located.get(service) ?? this.waitRunning(service, 0);
    },
    forget(prefix: string) {
      for (const key of located.keys()) if (key.startsWith(prefix)) located.delete(key);
    },
  };
}
