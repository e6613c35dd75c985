/**
 * Which protected sheets the add-in may unprotect (src/catalog/sharing/protection.ts): only those
 * protected as the wizard does it, written out here by hand, without a password.
 */
import { protectedByUser, unlocksFor } from "../../src/catalog/sharing/protection";

const WIZARD = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
};

describe("protectedByUser", () => {
  test.each([
    ["not protected", { protected: false, options: {} }, undefined],
    ["the wizard's options", { protected: true, options: WIZARD }, undefined],
    [
      "the wizard's options as Excel reads them back, every flag present",
      {
        protected: true,
        options: {
          ...WIZARD,
          allowDeleteColumns: false,
          allowDeleteRows: false,
          allowEditObjects: false,
          allowEditScenarios: false,
          allowFormatCells: false,
          allowInsertColumns: false,
          allowInsertHyperlinks: false,
          allowInsertRows: false,
          allowPivotTables: false,
          selectionMode: "Normal",
        },
      },
      undefined,
    ],
    ["a password", { protected: true, options: WIZARD, passwordProtected: true }, "password"],
    [
      "no password, said so",
      { protected: true, options: WIZARD, passwordProtected: false },
      undefined,
    ],
    ["Excel's defaults from the ribbon", { protected: true, options: {} }, "options"],
    [
      "one more flag allowed",
      { protected: true, options: { ...WIZARD, allowInsertRows: true } },
      "options",
    ],
    ["one flag fewer", { protected: true, options: { ...WIZARD, allowSort: false } }, "options"],
    [
      "only unlocked cells selectable",
      { protected: true, options: { ...WIZARD, selectionMode: "Unlocked" } },
      "options",
    ],
  ])("%s", (_name, protection, expected) => {
    expect(protectedByUser(protection)).toBe(expected);
  });
});

test("unlocksFor: the add-in's protected sheets among the cells' sheets, once each, in order", () => {
  const protections = {
    A: { protected: true, options: WIZARD },
    B: { protected: true, options: {} },
    C: { protected: false, options: {} },
    D: { protected: true, options: WIZARD },
  };
  const cells = ["D", "A", "B", "C", "D", "E"].map((sheet) => ({ sheet }));
  expect(unlocksFor(protections, cells)).toEqual([
    { sheet: "D", options: WIZARD },
    { sheet: "A", options: WIZARD },
  ]);
});
