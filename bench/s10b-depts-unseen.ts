// Runs the passages of bench/s10b-depts-unseen.md through extractDepartments, main's and this code's side by side.
// First: git show main:lib/extract/extract-departments.ts > lib/extract/s10b-main-departments.ts (delete it after).
// npx tsx bench/s10b-depts-unseen.ts
import { readFileSync } from "node:fs";
import { extractDepartments } from "@/lib/extract/extract-departments";
// @ts-expect-error the copy of main's file exists only while this runs
import { extractDepartments as mainDepartments } from "@/lib/extract/s10b-main-departments";

type Found = ReturnType<typeof extractDepartments>;
const show = (ds: Found) => ds.map((d) => `${d.name}${d.outside ? "*" : ""}`).join(", ");
const md = readFileSync("bench/s10b-depts-unseen.md", "utf8");
for (const line of md.split("\n")) {
  const m = /^(U\d+) (\S+?)(?: \([^)]*\))?: (.*)$/u.exec(line);
  if (!m) continue;
  const text = m[3].split(" || ").join("\n");
  console.log(m[1], "\n  main:  ", show(mainDepartments(text) as Found), "\n  branch:", show(extractDepartments(text)));
}
