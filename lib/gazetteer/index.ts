// The gazetteer: data tables for places, departments and campaigns, and the trie the extractors match them with.
export * from "./townships";
export * from "./villages";
export * from "./areas";
export * from "./places";
export * from "./departments";
export * from "./campaigns";
export * from "./build-trie";
