import { Navigate, createBrowserRouter } from 'react-router';
import { useSession } from '@web/modules/auth/hooks/use-session';
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
      { path: 'targets', lazy: () => import('@web/pages/targets-page').then((page) => ({ Component: page.TargetsPage })) },
      { path: 'rollups', lazy: () => import('@web/pages/rollups-page').then((page) => ({ Component: page.RollupsPage })) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
