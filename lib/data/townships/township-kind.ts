import { TOWNSHIPS } from "../../gazetteer/townships";

// 街道 | 镇 | 乡 of each township-level unit, from the gazetteer.
export const KIND_BY_NAME = new Map(TOWNSHIPS.map((t) => [t.name, t.kind as string]));

