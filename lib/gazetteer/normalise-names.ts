// GB/T 2260 data names the committee (严村村委会, 新荷社区居委会, 东华门街道办事处); the paper names the place (严村,
// 新荷社区, 东华门街道). These turn one into the other.

// …村委会 / …村民委员会 → …村 (碗窑村委会 → 碗窑村, 严村村委会 → 严村: the 村 of the name is kept, never doubled);
// …社区居委会 / …社区居民委员会 / …居委会 → …社区. Other names are kept as they are.
export function normaliseVillageName(raw: string): { name: string; level: "village" | "community" } {
  const name = raw.trim();
  const village = /^(.+?)(?:村民委员会|村委会)$/.exec(name);
  if (village) return { name: village[1].endsWith("村") ? village[1] : `${village[1]}村`, level: "village" };
  const community = /^(.+?)(?:社区)?(?:居民委员会|居委会)$/.exec(name);
  if (community) return { name: `${community[1]}社区`, level: "community" };
  if (name.endsWith("社区")) return { name, level: "community" };
  return { name, level: name.endsWith("村") ? "village" : "community" };
}

// 东华门街道办事处 → 东华门街道; 漓东办事处 → 漓东街道 (an 办事处 is a 街道's office).
export function normaliseTownshipName(raw: string): string {
  const name = raw.trim();
  if (name.endsWith("街道办事处")) return name.slice(0, -3);
  if (name.endsWith("办事处")) return `${name.slice(0, -3)}街道`;
  return name;
}

// The kind word a township-level name ends with.
export function townshipKind(name: string): "街道" | "镇" | "乡" | undefined {
  if (name.endsWith("街道")) return "街道";
  if (name.endsWith("镇")) return "镇";
  if (name.endsWith("乡")) return "乡";
  return undefined;
}
