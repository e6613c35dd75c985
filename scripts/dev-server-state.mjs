// What `npm start` and `npm run stop` share: where the running dev server's process id is kept.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CAN_SIDELOAD = process.platform === "win32" || process.platform === "darwin";

/** The file holding the process id of the dev server on `port` (git-ignored, in node_modules). */
export const pidFile = (port) =>
  path.join(ROOT, "node_modules", ".cache", "service-roi-dev-server", `${port}.pid`);

export function run(command, args) {
  // shell: true because on Windows `npx` is a .cmd file that spawn cannot start directly.
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: true });
  return result.status ?? 1;
}
