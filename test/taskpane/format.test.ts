/** The pane's one text formatter: placeholders, and the word that agrees with a count. */
import { format } from "../../src/taskpane/dom";

describe("format", () => {
  it.each([
    [1, "1 cell still depends on the add-in"],
    [0, "0 cells still depend on the add-in"],
    [2, "2 cells still depend on the add-in"],
    ["1", "1 cell still depends on the add-in"],
    ["1.234", "1.234 cells still depend on the add-in"],
  ] as const)("count %j: %s", (count, expected) => {
    expect(
      format("{count} {count:cell still depends|cells still depend} on the add-in", { count }),
    ).toBe(expected);
  });

  it("leaves a placeholder without a value as written", () => {
    expect(format("{count} {count:cel|cellen} en {other}", {})).toBe(
      "{count} {count:cel|cellen} en {other}",
    );
  });
});
