import "server-only";

import { getDb, type Db } from "../../db/client";
import { parseStringArray } from "../json-columns";
import { getEntityActivity, type EntityActivity } from "../entities/get-entity-activity";
import { LEVEL_BY_NAME, type DepartmentLevelLabel } from "./department-level";

export type DepartmentDetail = EntityActivity & {
  name: string;
  canonical: string;
  level: DepartmentLevelLabel;
  aliases: string[];
};

export async function getDepartment(name: string, db: Db = getDb()): Promise<DepartmentDetail | null> {
  const department = await db.department.findUnique({
    where: { name },
    select: { id: true, name: true, canonical: true, aliases: true },
  });
  if (!department) return null;
  const activity = await getEntityActivity(
    { entity: "department", id: department.id, mentions: { table: "DepartmentMention", ids: [department.id] } },
    db,
  );
  return {
    name: department.name,
    canonical: department.canonical,
    level: LEVEL_BY_NAME.get(department.name) ?? null,
    aliases: parseStringArray(department.aliases).filter((alias) => alias !== department.name && alias !== department.canonical),
    ...activity,
  };
}
