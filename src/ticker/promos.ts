/** Items that sit between ticker separators but are not headlines (site promos). Data only. */
export const TICKER_PROMOS: readonly string[] = ['شارك صحافة من وإلى المواطن'];
