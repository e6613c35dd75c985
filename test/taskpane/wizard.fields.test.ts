/**
 * The wizard's rules without a browser: how typed figures are read (percentages, Dutch decimal
 * comma), which message a wrong figure gets, and how presets, edits and the language switch
 * change the form's state.
 */
import { articleFigures, inputsOf, type InputDef } from "../../src/core";
import {
  formatFigure,
  parseFigure,
  parseNumber,
  rangeMessage,
  readingEcho,
} from "../../src/taskpane/fields";
import { resultRows } from "../../src/taskpane/review";
import * as wizard from "../../src/taskpane/state";

const def = (id: string): InputDef => inputsOf("reachability").find((input) => input.id === id)!;
const digitalDef = (id: string): InputDef => inputsOf("digital").find((input) => input.id === id)!;

describe("parseNumber", () => {
  it.each([
    ["40", "en", 40],
    ["0.4", "en", 0.4],
    ["1,000", "en", 1000],
    ["1,234,567.5", "en", 1234567.5],
    ["€ 6.50", "en", 6.5],
    [" 12 ", "en", 12],
    ["0,4", "nl", 0.4],
    ["1.000", "nl", 1000],
    ["1.234.567,5", "nl", 1234567.5],
    ["6.5", "nl", 6.5],
    ["−3", "nl", -3],
    [",5", "nl", 0.5],
  ] as const)("%s in %s is %d", (typed, lang, expected) => {
    expect(parseNumber(typed, lang)).toBe(expected);
  });

  it.each([
    ["", "en"],
    ["abc", "en"],
    ["0,4", "en"],
    ["1,00", "en"],
    ["4e3", "en"],
    ["1,2,3", "nl"],
    ["12abc", "nl"],
  ] as const)("%j in %s is not a number", (typed, lang) => {
    expect(parseNumber(typed, lang)).toBeNull();
  });
});

describe("parseFigure", () => {
  it.each([
    ["standardQuestionShare", "40", "en", 0.4],
    ["standardQuestionShare", "40%", "en", 0.4],
    ["standardQuestionShare", "40 %", "nl", 0.4],
    ["standardQuestionShare", "12,5", "nl", 0.125],
    ["standardQuestionShare", "0", "en", 0],
    ["surcharge_weekend", "200", "en", 2],
    ["contactsPerMonth", "5,000", "en", 5000],
    ["contactsPerMonth", "5.000", "nl", 5000],
    ["rampUpMonths", "12", "en", 12],
  ] as const)("%s: reads %j (%s) as %d", (input, typed, lang, expected) => {
    expect(parseFigure(def(input), typed, lang)).toEqual({ value: expected });
  });

  it.each([
    ["standardQuestionShare", "140", "en", "Enter a percentage from 0% to 100%."],
    ["standardQuestionShare", "-1", "en", "Enter a percentage from 0% to 100%."],
    ["standardQuestionShare", "140", "nl", "Vul een percentage in van 0% tot 100%."],
    ["surcharge_weekend", "250", "en", "Enter a percentage from 0% to 200%."],
    [
      "contactsPerMonth",
      "lots",
      "en",
      "This is not a number. Enter a whole number from 0 to 1,000,000,000.",
    ],
    [
      "contactsPerMonth",
      "veel",
      "nl",
      "Dit is geen getal. Vul een geheel getal in van 0 tot 1.000.000.000.",
    ],
    [
      "contactsPerMonth",
      "40%",
      "en",
      "This is not a number. Enter a whole number from 0 to 1,000,000,000.",
    ],
    ["rampUpMonths", "1.5", "en", "Enter a whole number from 0 to 120."],
    ["rampUpMonths", "1,5", "nl", "Vul een geheel getal in van 0 tot 120."],
    ["rampUpMonths", "", "en", "This is not a number. Enter a whole number from 0 to 120."],
  ] as const)("%s: refuses %j (%s) with the allowed range", (input, typed, lang, message) => {
    expect(parseFigure(def(input), typed, lang)).toEqual({ error: message });
  });

  it("names the horizon's range", () => {
    expect(rangeMessage(wizard.fieldDefs("digital").at(-1)!, "en")).toBe(
      "Enter a whole number from 12 to 120.",
    );
  });
});

describe("numbers the two notations read differently", () => {
  it.each([
    [
      "contactsPerMonth",
      "3.000",
      "en",
      "“3.000” could mean 3000 or 3. Type 3000 without the dot, or 3.",
    ],
    [
      "costPerContact",
      "1.250",
      "en",
      "“1.250” could mean 1250 or 1.25. Type 1250 without the dot, or 1.25.",
    ],
    [
      "contactsPerMonth",
      "3,000",
      "nl",
      "“3,000” kan 3000 of 3 betekenen. Typ 3000 zonder komma, of 3.",
    ],
    ["standardQuestionShare", "0,5", "en", "Use a decimal point: type 0.5."],
    ["costPerContact", "€ 12,75", "en", "Use a decimal point: type 12.75."],
  ] as const)("%s: %j in %s is refused with a hint", (input, typed, lang, message) => {
    expect(parseFigure(digitalDef(input), typed, lang)).toEqual({ error: message });
  });

  it.each([
    ["contactsPerMonth", "3,000", "en", 3000],
    ["contactsPerMonth", "3.000", "nl", 3000],
    ["costPerContact", "0.500", "en", 0.5],
    ["costPerContact", "6.5", "nl", 6.5],
    ["contactsPerMonth", "12,345,678", "en", 12345678],
  ] as const)("%s: %j in %s is still read as %d", (input, typed, lang, expected) => {
    expect(parseFigure(digitalDef(input), typed, lang)).toEqual({ value: expected });
  });

  it.each([
    ["contactsPerMonth", "3.000", "nl", 3000, "Gelezen als 3\u202f000."],
    ["contactsPerMonth", "3,000", "en", 3000, "Read as 3\u202f000."],
    ["costPerContact", "6.5", "nl", 6.5, "Gelezen als 6,5."],
    ["standardQuestionShare", "12,50 %", "nl", 0.125, "Gelezen als 12,5%."],
  ] as const)("%s: %j in %s is echoed", (input, typed, lang, value, echo) => {
    expect(readingEcho(digitalDef(input), typed, value, lang)).toBe(echo);
  });

  it.each([
    ["contactsPerMonth", "3000", "en", 3000],
    ["standardQuestionShare", "40%", "en", 0.4],
    ["costPerContact", "6,5", "nl", 6.5],
    ["teamOverloaded", "1", "en", 1],
  ] as const)("%s: %j in %s, as written, gets no echo", (input, typed, lang, value) => {
    expect(readingEcho(digitalDef(input), typed, value, lang)).toBeNull();
  });
});

describe("formatFigure", () => {
  it.each([
    ["standardQuestionShare", 0.35, "en", "35"],
    ["standardQuestionShare", 0.125, "nl", "12,5"],
    ["hourlySalary", 6.5, "nl", "6,5"],
    ["contactsPerMonth", 1500, "en", "1500"],
    ["contactsPerMonth", 1500, "nl", "1500"],
  ] as const)("%s: shows %d in %s as %s, and reads it back", (input, value, lang, shown) => {
    expect(formatFigure(def(input), value, lang)).toBe(shown);
    expect(parseFigure(def(input), shown, lang)).toEqual({ value });
  });
});

describe("wizard state", () => {
  it("starts from the example figures and a 36-month horizon, with nothing invalid", () => {
    const state = wizard.initialState("en", true);
    expect(state.fields.contactsPerMonth?.text).toBe("6000");
    expect(wizard.horizonOf(state)).toBe(36);
    expect(wizard.invalidFields(state)).toEqual([]);
  });

  it("gives no result while a field is invalid, and the core's result once fixed", () => {
    const state = wizard.initialState("en", true);
    wizard.typeInField(state, "automatedShare", "150");
    expect(wizard.invalidFields(state)).toEqual(["automatedShare"]);
    expect(wizard.liveResult(state)).toBeNull();
    wizard.typeInField(state, "automatedShare", "30%");
    expect(wizard.liveResult(state)).not.toBeNull();
  });

  it.each([
    ["digital", "100%"],
    ["reachability", "30%"],
  ] as const)(
    "the article preset of %s shows %s first-year ROI (article method)",
    (kind, shown) => {
      const state = wizard.initialState("en", true);
      wizard.chooseTemplate(state, kind);
      wizard.applyPreset(state, "article");
      const rows = resultRows(wizard.liveResult(state)!, "en");
      expect(rows.find((row) => row.id === "articleRoi")?.value).toBe(shown);
    },
  );

  it("an edit after a preset makes the figures yours; 'your figures' brings them back", () => {
    const state = wizard.initialState("en", true);
    wizard.typeInField(state, "contactsPerMonth", "4200");
    wizard.applyPreset(state, "article");
    expect(state.fields.contactsPerMonth?.text).toBe("6250");
    wizard.applyPreset(state, "yours");
    expect(state.fields.contactsPerMonth?.text).toBe("4200");
    wizard.applyPreset(state, "article");
    wizard.typeInField(state, "trainingCost", "5000");
    expect(state.preset).toBe("yours");
    expect(state.yours.contactsPerMonth).toBe(6250);
    expect(state.yours.trainingCost).toBe(5000);
  });

  it("the language switch rewrites valid figures and keeps invalid text with a message in the new language", () => {
    const state = wizard.initialState("en", true);
    wizard.typeInField(state, "costPerContact", "7.25");
    wizard.typeInField(state, "automatedShare", "150");
    wizard.switchLanguage(state, "nl");
    expect(state.fields.costPerContact?.text).toBe("7,25");
    expect(state.fields.automatedShare).toEqual({
      text: "150",
      value: null,
      error: "Vul een percentage in van 0% tot 80%.",
    });
  });

  it("each template keeps its own figures, invalid text and preset when the other is visited", () => {
    const state = wizard.initialState("en", true);
    wizard.typeInField(state, "agentSalaryPerYear", "61000");
    wizard.typeInField(state, "contactsPerMonth", "4200");
    wizard.typeInField(state, "costPerContact", "7.25");
    wizard.typeInField(state, "automatedShare", "150");
    wizard.typeInField(state, "horizonMonths", "48");
    wizard.chooseTemplate(state, "reachability");
    expect(state.preset).toBe("yours");
    expect(state.fields.horizonMonths?.value).toBe(48);
    expect(state.fields.agentSalaryPerYear?.value).not.toBe(61000);
    wizard.applyPreset(state, "article");
    wizard.chooseTemplate(state, "digital");
    expect(state.fields.agentSalaryPerYear).toEqual({ text: "61000", value: 61000, error: null });
    expect(state.fields.contactsPerMonth?.text).toBe("4200");
    expect(state.fields.automatedShare).toMatchObject({ text: "150", value: null });
    expect(state.preset).toBe("yours");
    expect(state.yours.contactsPerMonth).toBe(4200);
    wizard.switchLanguage(state, "nl");
    wizard.chooseTemplate(state, "reachability");
    // The 24/7 form comes back as left, the article's figures, written the Dutch way.
    expect(state.preset).toBe("article");
    expect(state.fields.horizonMonths?.value).toBe(48);
    const article: Record<string, number> = articleFigures("reachability");
    for (const input of inputsOf("reachability"))
      expect([input.id, state.fields[input.id]?.value]).toEqual([input.id, article[input.id]]);
    // The digital form left in English is written the Dutch way when it comes back.
    wizard.chooseTemplate(state, "digital");
    expect(state.fields.costPerContact?.text).toBe("7,25");
  });

  it("shows payback that never comes as 'not within' the horizon", () => {
    const state = wizard.initialState("en", true);
    wizard.typeInField(state, "extraRevenuePerYear", "0");
    wizard.typeInField(state, "automatedShare", "0");
    const rows = resultRows(wizard.liveResult(state)!, "en");
    expect(rows.find((row) => row.id === "payback")?.value).toBe("Not within 36 months");
  });
});
