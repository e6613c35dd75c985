/** Calendar arithmetic and Dutch public holidays (pure data and functions, no time zones). */
export * from "./calendar";
export * from "./dutch";
