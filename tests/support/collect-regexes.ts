import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Every regular expression the text and extraction stages run, gathered two ways so that neither can miss one:
//  - literals (/…/g) read from the sources with TypeScript's own parser (no hand-written pattern for regex literals);
//  - patterns built at run time (new RegExp(lexicon.join("|"))) recorded by wrapping the RegExp constructor while the
//    modules load and while they extract the seed issues (some rules build their pattern on first use).
export type FoundRegex = { source: string; flags: string; where: string };

export const REGEX_FOLDERS = ["lib/text", "lib/extract"] as const;

export function sourceFiles(folders: readonly string[] = REGEX_FOLDERS): string[] {
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(folder, f)),
  );
}

export function regexLiterals(file: string, text = readFileSync(file, "utf8")): FoundRegex[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const slash = literal.lastIndexOf("/");
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      found.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: `${file}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

// Runs `load` with the global RegExp constructor wrapped, recording each pattern built from a file in `folders`
// (the caller's stack names the file, so patterns built by vitest or node_modules meanwhile are left out).
export async function regexesBuiltWhile(load: () => Promise<void>, folders: readonly string[] = REGEX_FOLDERS): Promise<FoundRegex[]> {
  const original = globalThis.RegExp;
  const found: FoundRegex[] = [];
  const marks = folders.map((f) => `/${f}/`);
  const record = (args: unknown[]) => {
    const caller = new Error().stack?.split("\n").slice(3).find((line) => marks.some((m) => line.includes(m)));
    if (!caller) return;
    const [pattern, flags] = args as [string | RegExp, string | undefined];
    const source = pattern instanceof original ? pattern.source : String(pattern);
    const where = caller.trim().replace(/^at\s+/, "");
    found.push({ source, flags: flags ?? (pattern instanceof original ? pattern.flags : ""), where });
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}

// One entry per distinct pattern (source and the flags that change matching), keeping the first place it was seen.
export function distinctRegexes(all: FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const r of all) {
    const key = `${r.flags.replace(/[gdy]/g, "")}/${r.source}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}
