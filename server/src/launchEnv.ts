/**
 * The environment the language server is started with (by the VS Code client, and by the benchmark as the client
 * does). Only Node built-ins and no VS Code: the client bundles it.
 *
 * On Linux it asks glibc's malloc for transparent huge pages (`glibc.malloc.hugetlb=1`, read by glibc when a process
 * starts, so only whoever starts the server can set it). A persisted index of a big archive is read into large
 * arrays that the first check touches all over: with 4 KB pages, each page costs a fault the first time, about 0.2 s
 * of a 100,000-article archive's cold start on a 2-core virtual machine; 2 MB pages take that to almost nothing, for
 * about 15% more resident memory. glibc older than 2.35 and systems that never use huge pages ignore the setting.
 */
const HUGE_PAGES = 'glibc.malloc.hugetlb=1';

/** Variables to add to the server's environment (none where they mean nothing, or when the user set their own). */
export function serverEnv(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Record<string, string> {
  if (platform !== 'linux') return {};
  const tunables = env.GLIBC_TUNABLES;
  if (!tunables) return { GLIBC_TUNABLES: HUGE_PAGES };
  // A user's own choice of huge pages stands; their other tunables are kept.
  if (tunables.split(':').some((t) => t.startsWith('glibc.malloc.hugetlb='))) return {};
  return { GLIBC_TUNABLES: `${tunables}:${HUGE_PAGES}` };
}
