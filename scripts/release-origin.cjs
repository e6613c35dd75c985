/**
 * The origin the built add-in is served from. manifest.xml names the development origin,
 * https://localhost:3000 (npm start); a release build rewrites every URL in dist/manifest.xml to
 * the origin given by SERVICE_ROI_ORIGIN or `webpack --env origin=…` (docs/deploy.md).
 */
const DEV_ORIGIN = "https://localhost:3000";
const ENV_ORIGIN = "SERVICE_ROI_ORIGIN";

/**
 * `{ origin, given }` from the webpack --env value or the environment (the --env value wins);
 * the development origin when neither is set. Office loads add-ins only over https, so anything
 * else, or a URL with a query or fragment, is refused. A path is kept (https://host/service-roi).
 */
function releaseOrigin(envOrigin, environment = process.env) {
  const raw = envOrigin || environment[ENV_ORIGIN] || "";
  if (raw === "") return { origin: DEV_ORIGIN, given: false };
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `${ENV_ORIGIN} "${raw}" is not a URL; expected e.g. https://addins.contoso.com`,
    );
  }
  if (url.protocol !== "https:" || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `${ENV_ORIGIN} "${raw}" must be a plain https URL (Office loads add-ins over https only).`,
    );
  }
  return { origin: `${url.origin}${url.pathname}`.replace(/\/+$/, ""), given: true };
}

/**
 * manifest.xml with every development URL pointing at `origin`. A release copy also drops the
 * XML comments: they speak of the development set-up and would name localhost.
 */
function rewriteManifest(xml, origin) {
  if (origin === DEV_ORIGIN) return xml;
  const rewritten = xml
    .replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, "")
    .split(`${DEV_ORIGIN}/`)
    .join(`${origin}/`);
  if (/localhost/i.test(rewritten)) {
    throw new Error("manifest.xml still names localhost after the origin was rewritten");
  }
  return rewritten;
}

module.exports = { DEV_ORIGIN, ENV_ORIGIN, releaseOrigin, rewriteManifest };
