import { DEPARTMENTS } from "../../gazetteer/departments";

export type DepartmentLevelLabel = "区级" | "市级" | "省级" | null;

const LEVEL_LABEL: Record<string, DepartmentLevelLabel> = { district: "区级", city: "市级", province: "省级" };
export const LEVEL_BY_NAME = new Map(DEPARTMENTS.map((d) => [d.name, LEVEL_LABEL[d.level] ?? null]));

