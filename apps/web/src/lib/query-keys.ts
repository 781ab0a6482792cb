/**
 * The first part of every query key, one per resource the API serves. Query options build their keys
 * from these, and a mutation invalidates through them or through a query's own options
 * (`siteQueryOptions(id).queryKey`, or `sitesQueryOptions({}).queryKey` for every list: an object
 * in a key matches any query whose object holds the same entries), never through a written-out array.
 */
export const resourceKeys = {
  auth: ['auth'],
  public: ['public'],
  regions: ['regions'],
  grids: ['grids'],
  sites: ['sites'],
  staff: ['staff'],
  serviceItems: ['service-items'],
  residents: ['residents'],
  employers: ['employers'],
  auditLogs: ['audit-logs'],
  workbench: ['workbench'],
  ledger: ['ledger'],
  tickets: ['tickets'],
  appointments: ['appointments'],
  calendar: ['calendar'],
  coverage: ['coverage'],
  complaints: ['complaints'],
  inbox: ['inbox'],
  tasks: ['tasks'],
  policies: ['policies'],
} as const;
