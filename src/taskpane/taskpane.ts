/*
 * The task pane: for now it says what the add-in offers, in Office's display language. The
 * wizard that scaffolds model sheets replaces this page's body.
 */
import functionsNl from "../i18n/functions-nl.json";
import { langFromLocale, type Lang } from "../i18n/language";

const TEXT: Record<Lang, { intro: string; heading: string; coming: string }> = {
  en: {
    intro:
      "Build, defend and share the business case for digital customer service and 24/7 reachability. Type the CX functions below in any cell.",
    heading: "Functions",
    coming: "Coming next: a wizard that builds a ready, formatted model sheet from your figures.",
  },
  nl: {
    intro:
      "Bouw, onderbouw en deel de business case voor digitale klantenservice en 24/7 bereikbaarheid. Typ de CX-functies hieronder in een cel.",
    heading: "Functies",
    coming: "Binnenkort: een wizard die uit uw cijfers een kant-en-klaar modelblad bouwt.",
  },
};

const ENGLISH_NAMES = Object.keys(functionsNl);

function render(lang: Lang): void {
  document.documentElement.lang = lang;
  const text = TEXT[lang];
  const set = (id: string, value: string) => {
    const element = document.getElementById(id);
    if (element) element.textContent = value;
  };
  set("intro", text.intro);
  set("functions-heading", text.heading);
  set("coming", text.coming);
  const list = document.getElementById("functions");
  if (!list) return;
  list.replaceChildren(
    ...ENGLISH_NAMES.map((id) => {
      const nl = (functionsNl as Record<string, { name: string; description: string }>)[id];
      const item = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = `CX.${lang === "nl" && nl ? nl.name : id}`;
      item.append(code, ` — ${lang === "nl" && nl ? nl.description : ""}`.replace(/ — $/, ""));
      return item;
    }),
  );
}

render(langFromLocale(navigator.language));
if (typeof Office !== "undefined") {
  void Office.onReady(() => render(langFromLocale(Office.context?.displayLanguage)));
}
