/**
 * A stand-in for Excel's `CustomFunctions` global, faithful where the add-in depends on it:
 * `Error(code, message)` and `associate(id, fn)`. Install it before importing src/functions.
 */
export class StubCustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    public readonly errorMessage?: string,
  ) {
    super(errorMessage ?? code);
  }
}

export interface StubCustomFunctions {
  Error: typeof StubCustomFunctionsError;
  ErrorCode: Record<string, string>;
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  registered: Map<string, (...args: unknown[]) => unknown>;
}

export function installCustomFunctionsStub(): StubCustomFunctions {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const stub: StubCustomFunctions = {
    Error: StubCustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: (id, fn) => {
      if (registered.has(id)) throw new Error(`associate called twice for ${id}`);
      registered.set(id, fn);
    },
    registered,
  };
  (globalThis as unknown as { CustomFunctions: StubCustomFunctions }).CustomFunctions = stub;
  return stub;
}

/** What a cell shows: the value, or the error code and message a thrown CustomFunctions.Error carries. */
export type CellOutcome = { value: unknown } | { error: string; message: string | undefined };

export function callAsExcel(fn: () => unknown): CellOutcome {
  try {
    return { value: fn() };
  } catch (caught) {
    if (caught instanceof StubCustomFunctionsError)
      return { error: caught.code, message: caught.errorMessage };
    throw caught;
  }
}

/** Makes `Office.context.displayLanguage` report `locale` (as the shared runtime does). */
export function setDisplayLanguage(locale: string | undefined): void {
  (globalThis as unknown as { Office?: unknown }).Office =
    locale === undefined ? undefined : { context: { displayLanguage: locale } };
}
