// The gazetteer: facts and their types only (places of the configured county and of China, departments and their
// aliases). The grammar that finds them in text is in lib/extract; the trie it matches with is in lib/text.
export * from "./types";
export * from "./normalise-names";
export * from "./divisions";
export * from "./county";
export * from "./townships";
export * from "./villages";
export * from "./areas";
export * from "./places";
export * from "./departments";
export * from "./campaigns";
