import { Navigate, createBrowserRouter } from 'react-router';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { prefetchBedBoard } from '@web/modules/beds/board-loader';
import { CurrentFacilityRedirect } from '@web/modules/facilities/components/current-facility-redirect';
import { prefetchBoard } from '@web/modules/kpi/board-loader';
import { NotFoundPage } from '@web/pages/not-found-page';
import { RouteErrorPage } from '@web/pages/route-error-page';
import { AppLayout } from './app-layout';
import { homeFor } from './navigation';

/** What shows while the first route's loaders run (the board's prefetch returns at once): an empty, busy page. */
function StartingFallback() {
  return <div className="app" aria-busy="true" />;
}

function RoleHome() {
  const session = useSession();
  return <Navigate to={session ? homeFor(session.user.role) : '/sign-in'} replace />;
}

/**
 * Every page loads with its route, so the shell carries only the frame: the sign-in form (antd Form, Input) is not
 * sent to a signed-in officer opening the board, and ECharts only to the pages that draw charts.
 */
export const router = createBrowserRouter([
  { path: '/sign-in', lazy: () => import('@web/pages/sign-in-page').then((page) => ({ Component: page.SignInPage })), ErrorBoundary: RouteErrorPage },
  {
    Component: AppLayout,
    HydrateFallback: StartingFallback,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, Component: RoleHome },
      { path: 'home', lazy: () => import('@web/pages/home-page').then((page) => ({ Component: page.HomePage })) },
      { path: 'kpi', loader: prefetchBoard, lazy: () => import('@web/pages/kpi-board-page').then((page) => ({ Component: page.KpiBoardPage })) },
      { path: 'kpi/:indicator', lazy: () => import('@web/pages/kpi-detail-page').then((page) => ({ Component: page.KpiDetailPage })) },
      { path: 'scenarios', lazy: () => import('@web/pages/scenarios-page').then((page) => ({ Component: page.ScenariosPage })) },
      { path: 'scenarios/compare', lazy: () => import('@web/pages/scenario-compare-page').then((page) => ({ Component: page.ScenarioComparePage })) },
      { path: 'scenarios/:id', lazy: () => import('@web/pages/scenario-page').then((page) => ({ Component: page.ScenarioPage })) },
      { path: 'targets', lazy: () => import('@web/pages/targets-page').then((page) => ({ Component: page.TargetsPage })) },
      { path: 'rollups', lazy: () => import('@web/pages/rollups-page').then((page) => ({ Component: page.RollupsPage })) },
      { path: 'workforce', lazy: () => import('@web/pages/workforce-page').then((page) => ({ Component: page.WorkforcePage })) },
      { path: 'community-records', lazy: () => import('@web/pages/community-records-page').then((page) => ({ Component: page.CommunityRecordsPage })) },
      { path: 'medical', lazy: () => import('@web/pages/medical-page').then((page) => ({ Component: page.MedicalPage })) },
      { path: 'siting', lazy: () => import('@web/pages/siting-page').then((page) => ({ Component: page.SitingPage })) },
      { path: 'facility/:page?', Component: CurrentFacilityRedirect },
      { path: 'facilities/:facilityId/beds', loader: prefetchBedBoard, lazy: () => import('@web/pages/bed-board-page').then((page) => ({ Component: page.BedBoardPage })) },
      { path: 'facilities/:facilityId/beds/labels', lazy: () => import('@web/pages/bed-labels-page').then((page) => ({ Component: page.BedLabelsPage })) },
      { path: 'facilities/:facilityId/beds/bulk', lazy: () => import('@web/pages/beds-bulk-page').then((page) => ({ Component: page.BedsBulkPage })) },
      { path: 'facilities/:facilityId/admit', lazy: () => import('@web/pages/admission-page').then((page) => ({ Component: page.AdmissionPage })) },
      { path: 'facilities/:facilityId/profile', lazy: () => import('@web/pages/facility-profile-page').then((page) => ({ Component: page.FacilityProfilePage })) },
      { path: 'facilities/:facilityId/waitlist', lazy: () => import('@web/pages/waitlist-page').then((page) => ({ Component: page.WaitlistPage })) },
      { path: 'facilities/:facilityId/services', lazy: () => import('@web/pages/services-page').then((page) => ({ Component: page.ServicesPage })) },
      { path: 'residents', lazy: () => import('@web/pages/residents-page').then((page) => ({ Component: page.ResidentsPage })) },
      { path: 'residents/new', lazy: () => import('@web/pages/resident-new-page').then((page) => ({ Component: page.ResidentNewPage })) },
      { path: 'residents/:residentId', lazy: () => import('@web/pages/resident-page').then((page) => ({ Component: page.ResidentPage })) },
      { path: 'assessments', lazy: () => import('@web/pages/assessments-page').then((page) => ({ Component: page.AssessmentsPage })) },
      { path: 'assessments/new', lazy: () => import('@web/pages/assessment-form-page').then((page) => ({ Component: page.AssessmentFormPage })) },
      { path: 'family', lazy: () => import('@web/pages/family-home-page').then((page) => ({ Component: page.FamilyHomePage })) },
      { path: 'family/book', lazy: () => import('@web/pages/family-book-page').then((page) => ({ Component: page.FamilyBookPage })) },
      { path: 'family/orders', lazy: () => import('@web/pages/family-orders-page').then((page) => ({ Component: page.FamilyOrdersPage })) },
      { path: 'family/orders/:orderId', lazy: () => import('@web/pages/family-order-page').then((page) => ({ Component: page.FamilyOrderPage })) },
      { path: 'family/statement', lazy: () => import('@web/pages/family-statement-page').then((page) => ({ Component: page.FamilyStatementPage })) },
      { path: 'family/waitlist', lazy: () => import('@web/pages/family-waitlist-page').then((page) => ({ Component: page.FamilyWaitlistPage })) },
      { path: 'admin/users', lazy: () => import('@web/pages/admin-users-page').then((page) => ({ Component: page.AdminUsersPage })) },
      { path: 'admin/regions', lazy: () => import('@web/pages/admin-regions-page').then((page) => ({ Component: page.AdminRegionsPage })) },
      { path: 'admin/jobs', lazy: () => import('@web/pages/admin-jobs-page').then((page) => ({ Component: page.AdminJobsPage })) },
      { path: 'admin/audit', lazy: () => import('@web/pages/admin-audit-page').then((page) => ({ Component: page.AdminAuditPage })) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
