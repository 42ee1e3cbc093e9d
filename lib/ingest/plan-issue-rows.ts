import type { SqlValue } from "../db/sql-runner";
import { campaignKey } from "../extract";
import type { ArticleExtraction, ExtractedCampaign, PlaceLevel } from "../extract/types";
import { goalTracking } from "../track/track-keys";
import { ITEM_TABLES, itemColumns, type EntityRef, type ItemTable } from "./item-rows";
import type { ProcessedIssue } from "./process-issue";

// The pure half of storing an issue: which entities it names, how its campaigns merge with the stored ones, the rows
// of its items and which of them keep their ids. lib/ingest/store-issue.ts reads what these need and writes what they
// decide, in one transaction; nothing here touches a database, so tests/ingest/plan-issue-rows.test.ts covers it.

// ---- Entities ----

export type CampaignWanted = ExtractedCampaign & { texts: Set<string> };

export type IssueEntities = {
  places: Map<string, { level: PlaceLevel; township?: string }>; // townships included, with level "township"
  departments: Map<string, string>; // name → canonical
  campaigns: Map<string, CampaignWanted>; // mentioned campaigns by merge key, with every way the issue wrote them
  linkedCampaigns: string[]; // names indicators and goals link to that no mention of the issue gives
};

// Every place, department and campaign an issue names, once.
export function collectEntities(extractions: ArticleExtraction[]): IssueEntities {
  const places = new Map<string, { level: PlaceLevel; township?: string }>();
  const departments = new Map<string, string>();
  const campaigns = new Map<string, CampaignWanted>();
  const addTownship = (name: string | undefined) => {
    if (name && !places.has(name)) places.set(name, { level: "township" });
  };
  // A department's canonical name comes from its mention; a name only linked from an item stands for itself.
  const addDepartment = (name: string | undefined, canonical?: string) => {
    if (name && (!departments.has(name) || canonical)) departments.set(name, canonical ?? departments.get(name) ?? name);
  };
  for (const extraction of extractions) {
    for (const place of extraction.places) {
      places.set(place.name, { level: place.level, township: place.township });
      if (place.level !== "township") addTownship(place.township);
    }
    for (const item of [...extraction.indicators, ...extraction.goals, ...extraction.campaigns]) {
      addTownship(item.township);
      addDepartment(item.department);
    }
    for (const department of extraction.departments) addDepartment(department.name, department.canonical);
    for (const campaign of extraction.campaigns) {
      const entry = campaigns.get(campaign.key) ?? { ...campaign, texts: new Set<string>() };
      entry.texts.add(campaign.text);
      campaigns.set(campaign.key, entry);
    }
  }
  const mentioned = new Set([...campaigns.values()].map((c) => c.name));
  const linked = new Set<string>();
  for (const extraction of extractions) {
    for (const item of [...extraction.indicators, ...extraction.goals]) {
      if (item.campaign && !mentioned.has(item.campaign)) linked.add(item.campaign);
    }
  }
  return { places, departments, campaigns, linkedCampaigns: [...linked] };
}

// ---- Campaign merge policy ----

export type StoredCampaign = { id: number; key: string; name: string; aliases: string };
export type NewCampaign = { name: string; key: string; kind: string | null; aliases: string };
// A campaign's row: a stored one, or one this plan creates (names are unique, so the name finds its new id).
export type CampaignTarget = { id: number } | { created: string };

// The keys and names to read stored campaigns by, before planCampaigns.
export function campaignLookup(entities: IssueEntities): { keys: string[]; names: string[] } {
  const wanted = [...entities.campaigns.values()];
  return {
    keys: [...wanted.map((c) => c.key), ...entities.linkedCampaigns.map((name) => campaignKey(name))],
    names: [...wanted.map((c) => c.name), ...entities.linkedCampaigns],
  };
}

export type CampaignMerge = {
  aliasUpdates: { id: number; aliases: string }[]; // stored campaigns the issue writes in new ways
  inserts: NewCampaign[];
  byKey: Map<string, CampaignTarget>; // the mentions' campaigns, by merge key
  byName: Map<string, CampaignTarget>; // every campaign an item names, by name
};

// How an issue's campaigns meet the stored ones. A mention merges by key; a name already used under another key is the
// same campaign (names are unique too), and gains the new spellings as aliases. Two new keys with the same canonical
// name would break the unique name: one row is created (the last key's), both point at it. Indicators and goals name
// their campaign; usually the issue mentions it too, but a link may come from context (a headline, an earlier issue):
// it is found by name or by its merge key (among stored and just planned rows), or created under its merge key.
export function planCampaigns(entities: IssueEntities, stored: readonly StoredCampaign[]): CampaignMerge {
  const storedByKey = new Map(stored.map((row) => [row.key, row]));
  const storedByName = new Map(stored.map((row) => [row.name, row]));
  const byKey = new Map<string, CampaignTarget>();
  const byName = new Map<string, CampaignTarget>();
  const aliases = new Map<number, { before: number; all: Set<string> }>();
  const missing: CampaignWanted[] = [];
  for (const entry of entities.campaigns.values()) {
    const row = storedByKey.get(entry.key) ?? storedByName.get(entry.name);
    if (!row) {
      missing.push(entry);
      continue;
    }
    byKey.set(entry.key, { id: row.id });
    byName.set(entry.name, { id: row.id });
    const known = aliases.get(row.id) ?? { before: 0, all: new Set<string>(JSON.parse(row.aliases) as string[]) };
    if (!aliases.has(row.id)) known.before = known.all.size;
    for (const text of entry.texts) known.all.add(text);
    aliases.set(row.id, known);
  }
  const inserts: NewCampaign[] = [...new Map(missing.map((entry) => [entry.name, entry])).values()].map((entry) => ({
    name: entry.name,
    key: entry.key,
    kind: entry.kind ?? null,
    aliases: JSON.stringify([...entry.texts]),
  }));
  for (const entry of missing) {
    byKey.set(entry.key, { created: entry.name });
    byName.set(entry.name, { created: entry.name });
  }

  const rows = [...stored.map((row) => ({ target: { id: row.id } as CampaignTarget, ...row })), ...inserts.map((row) => ({ target: { created: row.name }, ...row }))];
  const unknown = new Map<string, string>(); // key → the name created for it
  for (const name of entities.linkedCampaigns) {
    const key = campaignKey(name);
    const row = rows.find((r) => r.name === name) ?? rows.find((r) => r.key === key);
    if (row) byName.set(name, row.target);
    else unknown.set(key, name);
  }
  for (const [key, name] of unknown) inserts.push({ name, key, kind: null, aliases: JSON.stringify([name]) });
  for (const name of entities.linkedCampaigns) {
    if (!byName.has(name)) byName.set(name, { created: unknown.get(campaignKey(name))! });
  }
  const aliasUpdates = [...aliases]
    .filter(([, { before, all }]) => all.size !== before)
    .map(([id, { all }]) => ({ id, aliases: JSON.stringify([...all]) }));
  return { aliasUpdates, inserts, byKey, byName };
}

// ---- Item rows ----

export type EntityIds = {
  place: Map<string, number>;
  department: Map<string, number>;
  campaign: Map<string, number>; // by merge key
  campaignByName: Map<string, number>;
};

type Keyed = { articleId: number; start: number; text: string };
export type ItemRow = Record<string, SqlValue> & Keyed;

// The rows of every item of an issue, by table (lib/ingest/item-rows.ts maps an item's fields to columns).
export function buildItemRows(
  issue: ProcessedIssue,
  articleIdByPosition: Map<number, number>,
  ids: EntityIds,
  issueDate: string | null,
): Record<ItemTable, ItemRow[]> {
  const maps: Record<EntityRef, Map<string, number>> = {
    place: ids.place,
    department: ids.department,
    campaign: ids.campaignByName,
    campaignKey: ids.campaign,
  };
  const resolve = (ref: EntityRef, name: string) => maps[ref].get(name);
  // The row of an item: where it stands, then its own columns.
  const row = (base: { articleId: number; issueDate?: string | null }, columns: Record<string, SqlValue>) => Object.assign({}, base, columns) as ItemRow;
  const rows: Record<ItemTable, ItemRow[]> = { Indicator: [], Goal: [], Progress: [], CampaignMention: [], PlaceMention: [], DepartmentMention: [] };
  for (const { article, extraction } of issue.articles) {
    const articleId = articleIdByPosition.get(article.position)!;
    const at = { articleId, issueDate };
    for (const item of extraction.indicators) rows.Indicator.push(row(at, itemColumns(ITEM_TABLES.Indicator.fields, item, resolve)));
    for (const goal of extraction.goals) {
      // goalTracking() completes the contract's fields (kind, deadline date) and adds the subject tokens.
      rows.Goal.push(row(at, { ...itemColumns(ITEM_TABLES.Goal.fields, goal, resolve), ...goalTracking(article, goal, issueDate) }));
    }
    for (const item of extraction.campaigns) rows.CampaignMention.push(row(at, itemColumns(ITEM_TABLES.CampaignMention.fields, item, resolve)));
    for (const item of extraction.places) rows.PlaceMention.push(row(at, itemColumns(ITEM_TABLES.PlaceMention.fields, item, resolve)));
    for (const item of extraction.departments) rows.DepartmentMention.push(row(at, itemColumns(ITEM_TABLES.DepartmentMention.fields, item, resolve)));
    for (const item of extraction.progress) rows.Progress.push(row({ articleId }, itemColumns(ITEM_TABLES.Progress.fields, item, resolve)));
  }
  return rows;
}

// ---- Stable item ids ----

// Item ids of an issue before it was rebuilt, by table, article, the words of the item and which occurrence of those
// words it is (the 2nd "100%" of an article): a rebuilt item with the same key gets its old id back, so links to it
// (#m-indicator-<id> in CSVs, goal evidence, the audit log) stay valid across re-extraction, also when an edit moved
// the offsets. Items the new rules add get new ids; items they drop are gone.
export type PreviousItemIds = Map<string, number>;

export function itemKeys<T extends Keyed>(table: ItemTable, items: readonly T[]): [string, T][] {
  const seen = new Map<string, number>();
  return [...items]
    .sort((a, b) => a.articleId - b.articleId || a.start - b.start)
    .map((item) => {
      const base = `${table}\u0000${item.articleId}\u0000${item.text}`;
      const nth = seen.get(base) ?? 0;
      seen.set(base, nth + 1);
      return [`${base}\u0000${nth}`, item];
    });
}

// Rows that get their previous id back, and rows that get a new one.
export function keepIds<T extends Keyed>(table: ItemTable, rows: readonly T[], previous: PreviousItemIds): { reused: (T & { id: number })[]; fresh: T[] } {
  const reused: (T & { id: number })[] = [];
  const fresh: T[] = [];
  for (const [key, row] of itemKeys(table, rows)) {
    const id = previous.get(key);
    if (id === undefined) fresh.push(row);
    else reused.push({ id, ...row });
  }
  return { reused, fresh };
}
