import type { ComponentType } from 'react';
import { createBrowserRouter, type LazyRouteFunction, type RouteObject, RouterProvider } from 'react-router';
import { PageLoading } from '../components/PageLoading.tsx';
import { RequireAuth, RequirePermission } from './RequireAuth.tsx';
import { RouteError } from './RouteError.tsx';

/** Pages are loaded when first visited: each is its own chunk. */
function page(load: () => Promise<{ default: ComponentType }>): LazyRouteFunction<RouteObject> {
  return async () => ({ Component: (await load()).default });
}

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      { path: '/sign-in', lazy: page(() => import('../features/auth/pages/SignInPage.tsx')) },
      { path: '/s/:id', lazy: page(() => import('../features/public/pages/PublicSitePage.tsx')) },
      { path: '/rate/:token', lazy: page(() => import('../features/public/pages/PublicRatingPage.tsx')) },
      { path: '/t', lazy: page(() => import('../features/public/pages/PublicTicketStatusPage.tsx')) },
      { path: '/t/:code', lazy: page(() => import('../features/public/pages/PublicTicketStatusPage.tsx')) },
      { path: '/j', lazy: page(() => import('../features/jobs/pages/PublicJobBoardPage.tsx')) },
      { path: '/j/:id', lazy: page(() => import('../features/jobs/pages/PublicJobPage.tsx')) },
      {
        element: <RequireAuth />,
        children: [
          { path: '/change-password', lazy: page(() => import('../features/auth/pages/ChangePasswordPage.tsx')) },
          { path: '/security', lazy: page(() => import('../features/auth/pages/SecurityPage.tsx')) },
          {
            element: <RequirePermission permission="org:read" />,
            children: [{ path: '/sites/:id/poster', lazy: page(() => import('../features/sites/pages/SitePosterPage.tsx')) }],
          },
          {
            // The console's shell (menu, drawer, header) is a chunk of its own: the sign-in and the
            // residents' public pages never load it, and it loads beside the page's own chunk.
            lazy: async () => ({ Component: (await import('./layouts/ConsoleLayout.tsx')).ConsoleLayout }),
            children: [
              { index: true, lazy: page(() => import('./HomePage.tsx')) },
              {
                element: <RequirePermission permission="org:read" />,
                children: [
                  { path: 'regions', lazy: page(() => import('../features/regions/pages/RegionTreePage.tsx')) },
                  { path: 'sites', lazy: page(() => import('../features/sites/pages/SiteListPage.tsx')) },
                  { path: 'sites/:id', lazy: page(() => import('../features/sites/pages/SiteDetailPage.tsx')) },
                  { path: 'map', lazy: page(() => import('../features/sites/pages/SiteMapPage.tsx')) },
                  { path: 'service-items', lazy: page(() => import('../features/service-items/pages/ServiceItemsPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="site:write" />,
                children: [{ path: 'sites/new', lazy: page(() => import('../features/sites/pages/SiteCreatePage.tsx')) }],
              },
              {
                element: <RequirePermission permission="employer:read" />,
                children: [
                  { path: 'employers', lazy: page(() => import('../features/employers/pages/EmployerListPage.tsx')) },
                  { path: 'employers/:id', lazy: page(() => import('../features/employers/pages/EmployerDetailPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="employer:write" />,
                children: [
                  { path: 'employers/new', lazy: page(() => import('../features/employers/pages/EmployerCreatePage.tsx')) },
                  { path: 'employers/:id/edit', lazy: page(() => import('../features/employers/pages/EmployerEditPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="resident:read" />,
                children: [
                  { path: 'residents', lazy: page(() => import('../features/residents/pages/ResidentListPage.tsx')) },
                  { path: 'residents/:id', lazy: page(() => import('../features/residents/pages/ResidentDetailPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="resident:write" />,
                children: [{ path: 'residents/new', lazy: page(() => import('../features/residents/pages/ResidentCreatePage.tsx')) }],
              },
              {
                element: <RequirePermission permission="resident:import" />,
                children: [
                  { path: 'residents/import', lazy: page(() => import('../features/residents/pages/ResidentImportPage.tsx')) },
                  { path: 'residents/import/:jobId', lazy: page(() => import('../features/residents/pages/ResidentImportPage.tsx')) },
                  { path: 'residents/import/synonyms', lazy: page(() => import('../features/residents/pages/ImportSynonymsPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="resident:merge" />,
                children: [
                  { path: 'residents/duplicates', lazy: page(() => import('../features/residents/pages/ResidentDuplicatesPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="staff:read" />,
                children: [
                  { path: 'staff', lazy: page(() => import('../features/staff/pages/StaffListPage.tsx')) },
                  { path: 'staff/:id', lazy: page(() => import('../features/staff/pages/StaffDetailPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="staff:write" />,
                children: [{ path: 'staff/new', lazy: page(() => import('../features/staff/pages/StaffCreatePage.tsx')) }],
              },
              {
                element: <RequirePermission permission="ledger:read" />,
                children: [
                  { path: 'ledger', lazy: page(() => import('../features/ledger/pages/LedgerPage.tsx')) },
                  { path: 'ledger/records/:id', lazy: page(() => import('../features/ledger/pages/ServiceRecordPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="ledger:write" />,
                children: [{ path: 'ledger/new', lazy: page(() => import('../features/ledger/pages/QuickEntryPage.tsx')) }],
              },
              {
                element: <RequirePermission permission="ticket:read" />,
                children: [
                  { path: 'tickets', lazy: page(() => import('../features/tickets/pages/TicketListPage.tsx')) },
                  { path: 'tickets/:id', lazy: page(() => import('../features/tickets/pages/TicketDetailPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="ticket:write" />,
                children: [{ path: 'tickets/new', lazy: page(() => import('../features/tickets/pages/TicketCreatePage.tsx')) }],
              },
              {
                element: <RequirePermission permission="ticket:configure" />,
                children: [{ path: 'tickets/deadlines', lazy: page(() => import('../features/tickets/pages/TicketDeadlinesPage.tsx')) }],
              },
              {
                element: <RequirePermission permission="org:read" />,
                children: [{ path: 'calendar', lazy: page(() => import('../features/calendar/pages/WorkingCalendarPage.tsx')) }],
              },
              {
                element: <RequirePermission permission="policy:read" />,
                children: [
                  { path: 'policies', lazy: page(() => import('../features/policies/pages/PolicyListPage.tsx')) },
                  { path: 'policies/:id', lazy: page(() => import('../features/policies/pages/PolicyPage.tsx')) },
                  { path: 'outreach', lazy: page(() => import('../features/policies/pages/OutreachPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="policy:write" />,
                children: [
                  { path: 'policies/new', lazy: page(() => import('../features/policies/pages/RulePackEditorPage.tsx')) },
                  { path: 'policies/:id/rules', lazy: page(() => import('../features/policies/pages/RulePackEditorPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="coverage:read" />,
                children: [{ path: 'coverage', lazy: page(() => import('../features/coverage/pages/CoveragePage.tsx')) }],
              },
              {
                element: <RequirePermission permission="calendar:write" />,
                children: [
                  { path: 'calendar/years/:year', lazy: page(() => import('../features/calendar/pages/CalendarYearFormPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="appointment:read" />,
                children: [{ path: 'appointments', lazy: page(() => import('../features/appointments/pages/AppointmentsPage.tsx')) }],
              },
              {
                element: <RequirePermission permission="appointment:configure" />,
                children: [{ path: 'appointments/rules', lazy: page(() => import('../features/appointments/pages/SlotRulesPage.tsx')) }],
              },
              {
                element: <RequirePermission permission="feedback:read" />,
                children: [
                  { path: 'complaints', lazy: page(() => import('../features/feedback/pages/ComplaintListPage.tsx')) },
                  { path: 'complaints/:id', lazy: page(() => import('../features/feedback/pages/ComplaintDetailPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="job:read" />,
                children: [
                  { path: 'jobs', lazy: page(() => import('../features/jobs/pages/JobListPage.tsx')) },
                  { path: 'jobs/:id', lazy: page(() => import('../features/jobs/pages/JobDetailPage.tsx')) },
                  { path: 'jobs/matches', lazy: page(() => import('../features/jobs/pages/ResidentMatchesPage.tsx')) },
                  { path: 'jobs/matches/:residentId', lazy: page(() => import('../features/jobs/pages/ResidentMatchesPage.tsx')) },
                  { path: 'gigs', lazy: page(() => import('../features/jobs/pages/GigBoardPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="job:write" />,
                children: [
                  { path: 'jobs/new', lazy: page(() => import('../features/jobs/pages/JobCreatePage.tsx')) },
                  { path: 'jobs/:id/edit', lazy: page(() => import('../features/jobs/pages/JobEditPage.tsx')) },
                ],
              },
              {
                element: <RequirePermission permission="referral:read" />,
                children: [{ path: 'referrals', lazy: page(() => import('../features/jobs/pages/ReferralBoardPage.tsx')) }],
              },
              {
                element: <RequirePermission permission="inbox:read" />,
                children: [{ path: 'inbox', lazy: page(() => import('../features/inbox/pages/InboxPage.tsx')) }],
              },
              {
                element: <RequirePermission permission="task:read" />,
                children: [{ path: 'tasks', lazy: page(() => import('../features/inbox/pages/TaskListPage.tsx')) }],
              },
              {
                element: <RequirePermission permission="audit-log:read" />,
                children: [{ path: 'audit', lazy: page(() => import('../features/audit/pages/AuditLogPage.tsx')) }],
              },
              { path: '403', lazy: async () => ({ Component: (await import('../components/ForbiddenPage.tsx')).ForbiddenPage }) },
              { path: '*', lazy: async () => ({ Component: (await import('../components/NotFoundPage.tsx')).NotFoundPage }) },
            ],
          },
        ],
      },
    ],
  },
]);

/** The console, the sign-in and the public pages, each page loaded when first visited. */
export function AppRouter() {
  return <RouterProvider router={router} />;
}
