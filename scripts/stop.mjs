// `npm run stop`: stops the dev server `npm start` left running (its process id is in
// node_modules/.cache/service-roi-dev-server/) and, on Windows and macOS, removes the sideloaded
// add-in from Excel as Microsoft's templates do (office-addin-debugging stop).
import { existsSync, readFileSync, rmSync } from "node:fs";
import { CAN_SIDELOAD, pidFile, run } from "./dev-server-state.mjs";

const PORT = Number(process.env.SERVICE_ROI_DEV_PORT || 3000);

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function main() {
  const file = pidFile(PORT);
  const pid = existsSync(file) ? Number(readFileSync(file, "utf8")) : NaN;
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    process.kill(pid, "SIGTERM");
    for (let waited = 0; waited < 10000 && alive(pid); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(alive(pid) ? `The dev server (${pid}) did not stop.` : "Stopped the dev server.");
  } else {
    console.log(`No dev server from \`npm start\` is running on port ${PORT}.`);
  }
  rmSync(file, { force: true });
  if (CAN_SIDELOAD) run("npx", ["office-addin-debugging", "stop", "manifest.xml"]);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
