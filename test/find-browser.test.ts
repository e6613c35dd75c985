/**
 * The order in which scripts/find-browser.cjs looks for a browser, on each platform, and what it
 * says when there is none. Pure: a fake file system and environment; the real launch of each kind
 * is test/browser/ (CI runs it once with installed browsers and once with them ignored).
 */
interface Candidate {
  source: string;
  path: string;
  bundled?: boolean;
}
interface Settings {
  env: Record<string, string>;
  platform: string;
  arch: string;
  bundledBin: string | null;
  exists?: (file: string) => boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const finder = require("../scripts/find-browser.cjs") as {
  candidates: (settings: Settings) => Candidate[];
  findBrowser: (settings: Partial<Settings>) => Promise<{ path: string; source: string }>;
};

const linux = { env: {}, platform: "linux", arch: "x64", bundledBin: "/pkg/bin" };

test("Linux x64: the named browser, then installed ones, then the one npm ci brought", () => {
  const list = finder.candidates({ ...linux, env: { SERVICE_ROI_BROWSER: "/my/chrome" } });
  expect(list[0]).toEqual({ source: "SERVICE_ROI_BROWSER", path: "/my/chrome" });
  expect(list.map((c) => c.path)).toEqual(
    expect.arrayContaining([
      "/opt/google/chrome/chrome",
      "/opt/microsoft/msedge/msedge",
      "/usr/bin/chromium",
    ]),
  );
  expect(list.at(-1)).toEqual({
    source: "@sparticuz/chromium",
    path: "/pkg/bin/chromium.br",
    bundled: true,
  });
});

test("SERVICE_ROI_IGNORE_SYSTEM_BROWSERS=1 leaves only the named and the bundled browser", () => {
  const list = finder.candidates({ ...linux, env: { SERVICE_ROI_IGNORE_SYSTEM_BROWSERS: "1" } });
  expect(list.map((c) => c.source)).toEqual(["@sparticuz/chromium"]);
});

test.each([
  ["darwin", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],
  ["win32", "C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe"],
])("%s: the usual Chrome and Edge paths, and no bundled browser", (platform, chrome) => {
  const env = { LOCALAPPDATA: "C:\\Users\\me\\AppData\\Local", PROGRAMFILES: "C:\\Program Files" };
  const list = finder.candidates({ env, platform, arch: "x64", bundledBin: "/pkg/bin" });
  expect(list.map((c) => c.path)).toContain(chrome);
  expect(list.some((c) => /msedge|Microsoft Edge/.test(c.path))).toBe(true);
  expect(list.some((c) => c.bundled)).toBe(false);
});

test("with nothing installed it says what to install", async () => {
  await expect(
    finder.findBrowser({ ...linux, bundledBin: null, exists: () => false }),
  ).rejects.toThrow(/Install Google Chrome or Microsoft Edge, or set SERVICE_ROI_BROWSER/);
});

test("a named browser that does not exist is an error, not a silent fallback", async () => {
  await expect(
    finder.findBrowser({ ...linux, env: { SERVICE_ROI_BROWSER: "/nope" }, exists: () => false }),
  ).rejects.toThrow("SERVICE_ROI_BROWSER is /nope, which does not exist.");
});

test("the first installed browser wins", async () => {
  const found = await finder.findBrowser({
    ...linux,
    exists: (file) => file === "/usr/bin/chromium",
  });
  expect(found).toEqual({ path: "/usr/bin/chromium", source: "installed" });
});
