/**
 * The LibreOffice suites must fail, not skip, in CI when soffice is missing: sofficeForSuite
 * (test/libreoffice/soffice.ts) run with a PATH that holds no soffice and with a $SOFFICE that
 * does not exist, with and without CI set. Part of `npm test`, so it needs no LibreOffice itself.
 */
import { sofficeForSuite } from "./libreoffice/soffice";

const NO_SOFFICE_PATH = { PATH: "/nonexistent" };

describe("a LibreOffice suite without soffice", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it.each([
    ["no soffice on PATH", NO_SOFFICE_PATH, /soffice on PATH/],
    [
      "$SOFFICE pointing nowhere",
      { ...process.env, SOFFICE: "/nonexistent/soffice" },
      /\$SOFFICE=\/nonexistent\/soffice/,
    ],
  ])("fails in CI (%s)", (_, env, sought) => {
    expect(() => sofficeForSuite("the suite", { ...env, CI: "true" })).toThrow(sought);
    expect(() => sofficeForSuite("the suite", { ...env, CI: "true" })).toThrow(
      /not found, and CI is set: the suite must run/,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it("is skipped with a warning outside CI", () => {
    expect(sofficeForSuite("the suite", NO_SOFFICE_PATH)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/not found: the suite is SKIPPED/));
  });
});
