// Checks test/names/annotations.json (or the file given as the first
// argument, e.g. test/names/tuning3.json) against its source articles:
// every `name` and every alias must occur verbatim in the article body
// (front matter excluded), as a whole token (not inside a longer word).
// Also checks the shape of each entry. Exit 1 listing failures.
// Usage: node test/names/validate.mjs [file.json]
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const file = process.argv[2] ? resolve(process.argv[2]) : join(here, "annotations.json");
const data = JSON.parse(readFileSync(file, "utf8"));
const TYPES = new Set(["person", "organization", "place"]);
const failures = [];

function body(text) {
  // Strip YAML front matter ("---" ... "---") if present.
  const m = text.match(/^---\r?\n[\s\S]*?\r?\n---\r?\n/);
  return m ? text.slice(m[0].length) : text;
}

function occurs(text, s) {
  const esc = s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, "u").test(text);
}

const seenPaths = new Set();
for (const art of data.articles) {
  if (seenPaths.has(art.path)) failures.push(`${art.path}: duplicate article`);
  seenPaths.add(art.path);
  let text;
  try {
    text = body(readFileSync(join(root, art.path), "utf8"));
  } catch (e) {
    failures.push(`${art.path}: cannot read (${e.code})`);
    continue;
  }
  const names = new Set();
  for (const ent of art.entities) {
    const where = `${art.path}: "${ent.name}"`;
    if (typeof ent.name !== "string" || !ent.name) { failures.push(`${where}: missing name`); continue; }
    if (!TYPES.has(ent.type)) failures.push(`${where}: bad type ${JSON.stringify(ent.type)}`);
    if (!Array.isArray(ent.aliases)) failures.push(`${where}: aliases not a list`);
    if (!Array.isArray(ent.roles)) failures.push(`${where}: roles not a list`);
    if (names.has(ent.name)) failures.push(`${where}: duplicate entity name`);
    names.add(ent.name);
    if (!occurs(text, ent.name)) failures.push(`${where}: name not found in text`);
    for (const a of ent.aliases ?? []) {
      if (a === ent.name) failures.push(`${where}: alias repeats the name`);
      else if (!occurs(text, a)) failures.push(`${where}: alias "${a}" not found in text`);
    }
  }
}

if (failures.length) {
  console.error(`${failures.length} failure(s):\n` + failures.map((f) => "  " + f).join("\n"));
  process.exit(1);
}
const counts = { person: 0, organization: 0, place: 0 };
for (const art of data.articles) for (const e of art.entities) counts[e.type]++;
const total = counts.person + counts.organization + counts.place;
console.log(`ok: ${data.articles.length} articles, ${total} entities ` +
  `(person ${counts.person}, organization ${counts.organization}, place ${counts.place})`);
