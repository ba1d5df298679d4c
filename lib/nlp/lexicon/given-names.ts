// placeholder until the full list lands
export const GIVEN_NAMES: ReadonlySet<string> = new Set(['Steve', 'Mark', 'Tom', 'Donald', 'Vladimir']);
