import { Navigate, createBrowserRouter } from 'react-router';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { HomePage } from '@web/pages/home-page';
import { NotFoundPage, RouteErrorPage } from '@web/pages/not-found-page';
import { SignInPage } from '@web/pages/sign-in-page';
import { AppLayout } from './app-layout';
import { homeFor } from './navigation';

function RoleHome() {
  const session = useSession();
  return <Navigate to={session ? homeFor(session.user.role) : '/sign-in'} replace />;
}

/** Pages with charts load with their route, so the sign-in page and the shell do not carry ECharts. */
export const router = createBrowserRouter([
  { path: '/sign-in', Component: SignInPage, ErrorBoundary: RouteErrorPage },
  {
    Component: AppLayout,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, Component: RoleHome },
      { path: 'home', Component: HomePage },
      { path: 'kpi', lazy: () => import('@web/pages/kpi-board-page').then((page) => ({ Component: page.KpiBoardPage })) },
      { path: 'kpi/:indicator', lazy: () => import('@web/pages/kpi-detail-page').then((page) => ({ Component: page.KpiDetailPage })) },
      { path: 'targets', lazy: () => import('@web/pages/targets-page').then((page) => ({ Component: page.TargetsPage })) },
      { path: 'rollups', lazy: () => import('@web/pages/rollups-page').then((page) => ({ Component: page.RollupsPage })) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
