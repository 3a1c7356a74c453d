// Application shell: providers (query cache, antd theme and locale, router) and the route table.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/client.ts';
import { AppLayout } from './components/app-layout.tsx';
import { PageLoading } from './components/query-state.tsx';
import { RequireSignIn } from './components/indicators/require-sign-in.tsx';
import { RequireAbility } from './components/require-ability.tsx';
import { useReducedMotion } from './hooks/use-reduced-motion.ts';
import { usePhoneScreen } from './hooks/use-small-screen.ts';
import { theme } from './theme.ts';

const LoginScene = lazy(() => import('./scenes/login.scene.tsx'));
const PlanScene = lazy(() => import('./scenes/plan.scene.tsx'));
const TasksScene = lazy(() => import('./scenes/tasks.scene.tsx'));
const TaskScene = lazy(() => import('./scenes/task.scene.tsx'));
const UnitsScene = lazy(() => import('./scenes/units.scene.tsx'));
const UnitScene = lazy(() => import('./scenes/unit.scene.tsx'));
const MatrixScene = lazy(() => import('./scenes/matrix.scene.tsx'));
const AreasScene = lazy(() => import('./scenes/areas.scene.tsx'));
const AuditScene = lazy(() => import('./scenes/audit.scene.tsx'));
const UsersScene = lazy(() => import('./scenes/users.scene.tsx'));
const IndicatorsOverviewScene = lazy(() => import('./scenes/indicators/overview.scene.tsx'));
const IndicatorReportsScene = lazy(() => import('./scenes/indicators/reports.scene.tsx'));
const IndicatorReportScene = lazy(() => import('./scenes/indicators/report.scene.tsx'));
const IndicatorPivotScene = lazy(() => import('./scenes/indicators/pivot.scene.tsx'));
const IndicatorFormScene = lazy(() => import('./scenes/indicators/form.scene.tsx'));
const IndicatorTargetsScene = lazy(() => import('./scenes/indicators/targets.scene.tsx'));
const IndicatorPopulationsScene = lazy(() => import('./scenes/indicators/populations.scene.tsx'));
const IndicatorLiteracyScene = lazy(() => import('./scenes/indicators/literacy.scene.tsx'));
const IndicatorSchoolsScene = lazy(() => import('./scenes/indicators/schools.scene.tsx'));
const IndicatorUnitsScene = lazy(() => import('./scenes/indicators/units.scene.tsx'));
const IndicatorExchangeScene = lazy(() => import('./scenes/indicators/exchange.scene.tsx'));
const AccHomeScene = lazy(() => import('./scenes/accountability/home.scene.tsx'));
const AccBoardScene = lazy(() => import('./scenes/accountability/board.scene.tsx'));
const AccReportScene = lazy(() => import('./scenes/accountability/report.scene.tsx'));
const AccRoundsScene = lazy(() => import('./scenes/accountability/rounds.scene.tsx'));
const AccWorkItemsScene = lazy(() => import('./scenes/accountability/work-items.scene.tsx'));
const AccProgressScene = lazy(() => import('./scenes/accountability/progress.scene.tsx'));
const AccInspectionsScene = lazy(() => import('./scenes/accountability/inspections.scene.tsx'));
const AccScorecardsScene = lazy(() => import('./scenes/accountability/scorecards.scene.tsx'));
const AccSummaryScene = lazy(() => import('./scenes/accountability/summary.scene.tsx'));
const AccOutboxScene = lazy(() => import('./scenes/accountability/outbox.scene.tsx'));
const NotFoundScene = lazy(() => import('./scenes/not-found.scene.tsx'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a 4xx will not change by asking again; network hiccups might
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

function ThemedApp() {
  const { i18n } = useTranslation();
  const phone = usePhoneScreen();
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme(phone, reducedMotion)}>
      <AntApp>
        <BrowserRouter>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route path="/login" element={<LoginScene />} />
              <Route element={<AppLayout />}>
                <Route index element={<PlanScene />} />
                <Route path="tasks" element={<TasksScene />} />
                <Route path="tasks/:number" element={<TaskScene />} />
                <Route path="units" element={<UnitsScene />} />
                <Route path="units/:unitId" element={<UnitScene />} />
                <Route path="matrix" element={<MatrixScene />} />
                <Route path="areas" element={<AreasScene />} />
                <Route
                  path="audit"
                  element={
                    <RequireAbility ability="audit.read">
                      <AuditScene />
                    </RequireAbility>
                  }
                />
                <Route
                  path="users"
                  element={
                    <RequireAbility ability="users.read">
                      <UsersScene />
                    </RequireAbility>
                  }
                />
                <Route path="indicators" element={<RequireSignIn><IndicatorsOverviewScene /></RequireSignIn>} />
                <Route path="indicators/reports" element={<RequireSignIn><IndicatorReportsScene /></RequireSignIn>} />
                <Route path="indicators/reports/:year/:unitId" element={<RequireSignIn><IndicatorReportScene /></RequireSignIn>} />
                <Route path="indicators/pivot" element={<RequireSignIn><IndicatorPivotScene /></RequireSignIn>} />
                <Route path="indicators/form" element={<RequireSignIn><IndicatorFormScene /></RequireSignIn>} />
                <Route path="indicators/targets" element={<RequireSignIn><IndicatorTargetsScene /></RequireSignIn>} />
                <Route path="indicators/populations" element={<RequireSignIn><IndicatorPopulationsScene /></RequireSignIn>} />
                <Route path="indicators/literacy" element={<RequireSignIn><IndicatorLiteracyScene /></RequireSignIn>} />
                <Route path="indicators/schools" element={<RequireSignIn><IndicatorSchoolsScene /></RequireSignIn>} />
                <Route path="indicators/units" element={<RequireSignIn><IndicatorUnitsScene /></RequireSignIn>} />
                <Route path="indicators/exchange" element={<RequireSignIn><IndicatorExchangeScene /></RequireSignIn>} />
                <Route path="acc" element={<AccHomeScene />} />
                <Route path="acc/board" element={<AccBoardScene />} />
                <Route path="acc/reports/:id" element={<AccReportScene />} />
                <Route path="acc/file" element={<AccReportScene />} />
                <Route path="acc/rounds" element={<AccRoundsScene />} />
                <Route path="acc/work-items" element={<AccWorkItemsScene />} />
                <Route path="acc/progress" element={<AccProgressScene />} />
                <Route path="acc/inspections" element={<AccInspectionsScene />} />
                <Route path="acc/scorecards" element={<AccScorecardsScene />} />
                <Route path="acc/summary" element={<AccSummaryScene />} />
                <Route path="acc/outbox" element={<AccOutboxScene />} />
                <Route path="*" element={<NotFoundScene />} />
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemedApp />
    </QueryClientProvider>
  );
}
