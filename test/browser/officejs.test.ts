/**
 * The built pane with Microsoft's real office.js (node_modules/@microsoft/office-js, answered in
 * place of the CDN, which tests cannot reach). The harness fails each test on any page error or
 * Content-Security-Policy violation, so these prove the page loads cleanly:
 * - opened in a plain browser (the README's preview): Office.onReady resolves without a host,
 *   and 3 s later office.js frames its telemetry proxy, which the CSP's frame-src allows;
 * - started the way Excel on the web starts it (`_host_Info` and `_xdm_Info`, see
 *   excel-web-16.00.debug.js `setAgaveHostCommunication`): office.js loads its web host script;
 * - with a hosting window office.js cannot confirm: it frames its own host check from its CDN
 *   folder (AgaveErrorUX), which the CSP's frame-src allows, then shows its own error page.
 */
import { OFFICE_JS, PANE_ORIGIN, browserSuite, type Session } from "./harness";

jest.setTimeout(60000);

const suite = browserSuite();
const HOSTED = OFFICE_JS.replace(/office\.js$/, "");
/** office.js's telemetry proxy frame (o15apptofilemappingtable.js); the harness refuses its request. */
const TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/";

/** How Excel on the web opens the pane: its host info in the query, its channel in the hash. */
const webHost = (documentOrigin: string) =>
  `?_host_Info=Excel$Web$16.01$en-US$$$$0#&_xdm_Info=conv1$app1$${documentOrigin}/doc$0`;

/** Only the pane's own files, office.js's own folder and its telemetry frame were asked for. */
function expectOnlyOwnAndOfficeRequests(session: Session) {
  expect(session.requests).toContain(OFFICE_JS);
  const outside = session.requests.filter(
    (url) => ![`${PANE_ORIGIN}/`, HOSTED, TELEMETRY].some((start) => url.startsWith(start)),
  );
  expect(outside).toEqual([]);
}

test("outside Office the real office.js reports no host and the pane previews", async () => {
  const session = await suite.open("real", "real-officejs");
  const { page } = session;
  await page.getByRole("radio", { name: "Digital customer service" }).waitFor();
  expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
  expect(await page.locator(".banner").textContent()).toMatch(/^Preview: opened outside Excel/);
  await page.waitForRequest((request) => request.url().startsWith(TELEMETRY));
  await session.shot("preview");
  expectOnlyOwnAndOfficeRequests(session);
});

test("started as Excel on the web starts it, office.js loads its web host script cleanly", async () => {
  const session = await suite.open("real", "real-officejs-web", {
    search: webHost("https://excel.officeapps.live.com"),
  });
  const { page } = session;
  await page.getByRole("radio", { name: "Digital customer service" }).waitFor();
  await page.waitForTimeout(4000); // past office.js's 3 s telemetry start
  expect(session.requests).toContain(`${HOSTED}excel-web-16.00.js`);
  await session.shot("web-host");
  expectOnlyOwnAndOfficeRequests(session);
});

test("office.js may frame its own host check from its CDN: the CSP allows it", async () => {
  const session = await suite.open("real", "real-officejs-untrusted", {
    search: webHost("https://contoso.example"),
  });
  // office.js frames AgaveErrorUX, which answers "not trusted"; office.js then shows that page.
  await session.page.waitForURL(/AgaveErrorUX\/index\.html#.*NotTrustedWAC/);
  expect(session.requests).toContain(`${HOSTED}AgaveErrorUX/index.html`);
  expectOnlyOwnAndOfficeRequests(session);
});
