/**
 * The way back to a list with its filters: every list (useListParams) notes its address-bar
 * parameters here, and a detail or form page's breadcrumb links to the list with them. Kept in
 * memory only, per tab: a filter may hold a name or the last four digits of an ID number, which must
 * not outlive the tab or pass to the next user (the sign-in page forgets them).
 */
const lastSearch = new Map<string, string>();

export function rememberListSearch(path: string, search: string): void {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text) lastSearch.set(path, text);
  else lastSearch.delete(path);
}

/** The list's address with the filters it last had in this tab (none if it was not opened). */
export function listHref(path: string): string {
  const search = lastSearch.get(path);
  return search ? `${path}?${search}` : path;
}

export function forgetListSearches(): void {
  lastSearch.clear();
}

/** One step of a breadcrumb: the title, and where it leads (none for a heading without a page). */
export interface Crumb {
  title: string;
  to?: string;
}

/** A breadcrumb step to a list, with the filters it last had. */
export function listCrumb(title: string, path: string): Crumb {
  return { title, to: listHref(path) };
}
