import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDepartment } from "../../lib/data/departments/get-department";
import { listDepartments } from "../../lib/data/departments/list-departments";
import { DEPARTMENTS } from "../../lib/gazetteer/departments";
import { createSeededDb, type SeededDb } from "./overview-seed-db";

let seeded: SeededDb;

beforeAll(async () => {
  seeded = await createSeededDb();
});
afterAll(async () => {
  await seeded?.cleanup();
});

describe("listDepartments", () => {
  it("lists every stored department with its mentions and indicators, most mentioned first", async () => {
    const departments = await listDepartments();
    expect(departments.length).toBe(await seeded.db.department.count());
    const mentions = departments.map((d) => d.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    for (const department of departments.slice(0, 5)) {
      const row = await seeded.db.department.findUniqueOrThrow({ where: { name: department.name } });
      expect(department.mentions).toBe(await seeded.db.departmentMention.count({ where: { departmentId: row.id } }));
      expect(department.indicators).toBe(await seeded.db.indicator.count({ where: { departmentId: row.id, review: { not: "rejected" } } }));
    }
    // Seeds 000 and 003 name 区发改局 (the 任文俊 interview).
    expect(departments.find((d) => d.name === "区发改局")?.level).toBe("区级");
    const labels: Record<string, string> = { district: "区级", city: "市级", province: "省级" };
    for (const department of departments) {
      const entry = DEPARTMENTS.find((d) => d.name === department.name);
      expect(department.level).toBe(entry ? labels[entry.level] : null);
    }
  });
});

describe("getDepartment", () => {
  it("gives 区发改局 the articles that name it, in date order", async () => {
    const department = await getDepartment("区发改局");
    expect(department).not.toBeNull();
    const row = await seeded.db.department.findUniqueOrThrow({ where: { name: "区发改局" } });
    const mentions = await seeded.db.departmentMention.count({ where: { departmentId: row.id } });
    expect(department!.articles.reduce((n, a) => n + a.mentions, 0)).toBe(mentions);
    expect(mentions).toBeGreaterThan(0);
    const dates = department!.articles.map((a) => a.issue.date ?? "9999");
    expect(dates).toEqual([...dates].sort());
    expect(department!.indicators).toHaveLength(
      await seeded.db.indicator.count({ where: { departmentId: row.id, review: { not: "rejected" } } }),
    );
  });

  it("returns null for a department that is not stored", async () => {
    await expect(getDepartment("区不存在局")).resolves.toBeNull();
  });
});
