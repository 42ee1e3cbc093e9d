import { z } from "zod";

// A calendar date: zod's ISO date checks the day against the month (2022-02-30 and 2023-02-29 fail here, not later
// in the database), which Date.parse does not (it rolls 2022-02-30 over to 2 March).
export const ZIsoDateSchema = z.iso.date({ error: "expected a calendar date as YYYY-MM-DD" });

export const ZIngestArgsSchema = z.object({
  paths: z.array(z.string().min(1)).min(1, "name at least one file or folder: npm run ingest -- <file|folder>..."),
  force: z.boolean().default(false),
  date: ZIsoDateSchema.optional(),
  quiet: z.boolean().default(false),
});
export type TIngestArgs = z.infer<typeof ZIngestArgsSchema>;

export const ZExtractArgsSchema = z.object({
  paths: z.array(z.string().min(1)).min(1, "name an issue file or folder: npm run extract -- --json <file|folder>..."),
  json: z.boolean().default(false),
  jsonl: z.boolean().default(false), // JSON Lines even for one file
  explain: z.boolean().default(false), // the candidates the rules dropped and the rule that dropped each (text)
  date: ZIsoDateSchema.optional(),
}).refine((args) => !(args.explain && (args.json || args.jsonl)), {
  message: "--explain prints text: use it without --json/--jsonl",
  path: ["explain"],
});
export type TExtractArgs = z.infer<typeof ZExtractArgsSchema>;

export const ZBackupArgsSchema = z.object({
  file: z.string().min(1, "name the file to write: npm run db:backup -- <file>"),
});
export type TBackupArgs = z.infer<typeof ZBackupArgsSchema>;

export const ZRestoreArgsSchema = z.object({
  file: z.string().min(1, "name the backup to restore: npm run db:restore -- <file>"),
});
export type TRestoreArgs = z.infer<typeof ZRestoreArgsSchema>;
