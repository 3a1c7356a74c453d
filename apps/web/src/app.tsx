// Application shell: providers (query cache, antd theme and locale, router) and the route table.
import { RightOutlined } from '@ant-design/icons';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/client.ts';
import { AppLayout } from './components/app-layout.tsx';
import { MessageProvider } from './components/app-message.tsx';
import { PageLoading } from './components/query-state.tsx';
import { RequireSignIn } from './components/require-sign-in.tsx';
import { useReducedMotion } from './hooks/use-reduced-motion.ts';
import { usePhoneScreen } from './hooks/use-small-screen.ts';
import { antdLocale } from './i18n/index.ts';
import { theme } from './theme.ts';

const LoginScene = lazy(() => import('./scenes/login.scene.tsx'));
const PlanScene = lazy(() => import('./scenes/plan.scene.tsx'));
const PlanImportScene = lazy(() => import('./scenes/plan/import.scene.tsx'));
const TasksScene = lazy(() => import('./scenes/tasks.scene.tsx'));
const TaskScene = lazy(() => import('./scenes/task.scene.tsx'));
const UnitsScene = lazy(() => import('./scenes/units.scene.tsx'));
const UnitScene = lazy(() => import('./scenes/unit.scene.tsx'));
const MatrixScene = lazy(() => import('./scenes/matrix.scene.tsx'));
const AreasScene = lazy(() => import('./scenes/areas.scene.tsx'));
const AuditScene = lazy(() => import('./scenes/audit.scene.tsx'));
const UsersScene = lazy(() => import('./scenes/users.scene.tsx'));
const PasswordScene = lazy(() => import('./scenes/password.scene.tsx'));
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
const SurveysScene = lazy(() => import('./scenes/survey/surveys.scene.tsx'));
const CascadeScene = lazy(() => import('./scenes/jurisdictions/cascade.scene.tsx'));
const SurveyScene = lazy(() => import('./scenes/survey/survey.scene.tsx'));
const InterviewScene = lazy(() => import('./scenes/survey/interview.scene.tsx'));
const PublicationScene = lazy(() => import('./scenes/publication/publication.scene.tsx'));
const ServicesScene = lazy(() => import('./scenes/services/services.scene.tsx'));
const ServiceActivityScene = lazy(() => import('./scenes/services/activity.scene.tsx'));
const CampaignScene = lazy(() => import('./scenes/services/campaign.scene.tsx'));
const VenuesScene = lazy(() => import('./scenes/services/venues.scene.tsx'));
const MobileScene = lazy(() => import('./scenes/services/mobile.scene.tsx'));
const VenueScene = lazy(() => import('./scenes/services/venue.scene.tsx'));
const VolunteersScene = lazy(() => import('./scenes/volunteers/volunteers.scene.tsx'));
const VolOpportunityScene = lazy(() => import('./scenes/volunteers/opportunity.scene.tsx'));
const ExpertsScene = lazy(() => import('./scenes/experts/experts.scene.tsx'));
const ExpertScene = lazy(() => import('./scenes/experts/expert.scene.tsx'));
const ExpertRosterScene = lazy(() => import('./scenes/experts/roster.scene.tsx'));
const ContentWorksScene = lazy(() => import('./scenes/content/works.scene.tsx'));
const ContentWorkScene = lazy(() => import('./scenes/content/work.scene.tsx'));
const ContentEmergencyScene = lazy(() => import('./scenes/content/emergency.scene.tsx'));
const TrainingsScene = lazy(() => import('./scenes/training/trainings.scene.tsx'));
const TrainingCourseScene = lazy(() => import('./scenes/training/course.scene.tsx'));
const ContestsScene = lazy(() => import('./scenes/contest/contests.scene.tsx'));
const ContestItemsScene = lazy(() => import('./scenes/contest/items.scene.tsx'));
const ContestScene = lazy(() => import('./scenes/contest/contest.scene.tsx'));
const CommendationsScene = lazy(() => import('./scenes/commendations/commendations.scene.tsx'));
const NotFoundScene = lazy(() => import('./scenes/not-found.scene.tsx'));

/** Pages for signed-in users of any role (statistics, supervision). */
const signedIn = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;
// the board, scorecards and summary: a liaison is told it may not open them (not left on a page that loads nothing)
const accReader = (page: ReactNode) => <RequireSignIn ability="acc.board.read">{page}</RequireSignIn>;

// the survey: the office, analysts and interviewers
const surveyReader = (page: ReactNode) => <RequireSignIn ability="survey.read">{page}</RequireSignIn>;
// public services for staff: the office, units' liaisons, district admins and viewers
const servicesReader = (page: ReactNode) => <RequireSignIn ability="svc.ledger.read">{page}</RequireSignIn>;
// volunteers for staff: the office, district admins and viewers
const volReader = (page: ReactNode) => <RequireSignIn ability="vol.read">{page}</RequireSignIn>;
// experts for staff: the office, district admins, viewers and units' liaisons
const expReader = (page: ReactNode) => <RequireSignIn ability="exp.read">{page}</RequireSignIn>;
// training records: the office, units' liaisons, district admins and viewers
const trnReader = (page: ReactNode) => <RequireSignIn ability="trn.read">{page}</RequireSignIn>;
// science content: the office, units' liaisons, district admins and viewers
const cntReader = (page: ReactNode) => <RequireSignIn ability="cnt.read">{page}</RequireSignIn>;
// quizzes and contests for staff: the office, district admins and viewers
const contestReader = (page: ReactNode) => <RequireSignIn ability="contest.read">{page}</RequireSignIn>;
// commendations: the office, district admins, liaisons and viewers
const cmdReader = (page: ReactNode) => <RequireSignIn ability="cmd.read">{page}</RequireSignIn>;

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
    <ConfigProvider
      locale={antdLocale(i18n.language)}
      theme={theme(phone, reducedMotion)}
      // antd names a panel's arrow "expanded" / "collapsed" in English; its header already says aria-expanded
      collapse={{
        expandIcon: ({ isActive }) => <RightOutlined aria-hidden rotate={isActive ? 90 : undefined} />,
      }}
    >
      <MessageProvider>
        <BrowserRouter>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route path="/login" element={<LoginScene />} />
              <Route element={<AppLayout />}>
                <Route index element={<PlanScene />} />
                <Route
                  path="plan/import"
                  element={
                    <RequireSignIn ability="plan.import">
                      <PlanImportScene />
                    </RequireSignIn>
                  }
                />
                <Route path="tasks" element={<TasksScene />} />
                <Route path="tasks/:number" element={<TaskScene />} />
                <Route path="units" element={<UnitsScene />} />
                <Route path="units/:unitId" element={<UnitScene />} />
                <Route path="matrix" element={<MatrixScene />} />
                <Route path="areas" element={<AreasScene />} />
                <Route
                  path="cascade"
                  element={
                    <RequireSignIn ability="jur.cascade">
                      <CascadeScene />
                    </RequireSignIn>
                  }
                />
                <Route
                  path="audit"
                  element={
                    <RequireSignIn ability="audit.read">
                      <AuditScene />
                    </RequireSignIn>
                  }
                />
                <Route
                  path="users"
                  element={
                    <RequireSignIn ability="users.read">
                      <UsersScene />
                    </RequireSignIn>
                  }
                />
                <Route path="password" element={signedIn(<PasswordScene />)} />
                <Route path="indicators" element={signedIn(<IndicatorsOverviewScene />)} />
                <Route path="indicators/reports" element={signedIn(<IndicatorReportsScene />)} />
                <Route path="indicators/reports/:year/:unitId" element={signedIn(<IndicatorReportScene />)} />
                <Route path="indicators/pivot" element={signedIn(<IndicatorPivotScene />)} />
                <Route path="indicators/form" element={signedIn(<IndicatorFormScene />)} />
                <Route path="indicators/targets" element={signedIn(<IndicatorTargetsScene />)} />
                <Route path="indicators/populations" element={signedIn(<IndicatorPopulationsScene />)} />
                <Route path="indicators/literacy" element={signedIn(<IndicatorLiteracyScene />)} />
                <Route path="indicators/schools" element={signedIn(<IndicatorSchoolsScene />)} />
                <Route path="indicators/units" element={signedIn(<IndicatorUnitsScene />)} />
                <Route path="indicators/exchange" element={signedIn(<IndicatorExchangeScene />)} />
                <Route path="acc" element={signedIn(<AccHomeScene />)} />
                <Route path="acc/board" element={accReader(<AccBoardScene />)} />
                <Route path="acc/reports/:id" element={signedIn(<AccReportScene />)} />
                <Route path="acc/file" element={signedIn(<AccReportScene />)} />
                <Route path="acc/rounds" element={signedIn(<AccRoundsScene />)} />
                <Route path="acc/work-items" element={signedIn(<AccWorkItemsScene />)} />
                <Route path="acc/progress" element={signedIn(<AccProgressScene />)} />
                <Route path="acc/inspections" element={signedIn(<AccInspectionsScene />)} />
                <Route path="acc/scorecards" element={accReader(<AccScorecardsScene />)} />
                <Route path="acc/summary" element={accReader(<AccSummaryScene />)} />
                <Route
                  path="acc/outbox"
                  element={<RequireSignIn ability="acc.manage">{<AccOutboxScene />}</RequireSignIn>}
                />
                <Route path="survey" element={surveyReader(<SurveysScene />)} />
                <Route path="survey/:id" element={surveyReader(<SurveyScene />)} />
                <Route path="survey/:id/interview" element={surveyReader(<InterviewScene />)} />
                <Route
                  path="publication"
                  element={<RequireSignIn ability="publication.manage">{<PublicationScene />}</RequireSignIn>}
                />
                <Route path="services" element={servicesReader(<ServicesScene />)} />
                <Route path="services/activities/:id" element={servicesReader(<ServiceActivityScene />)} />
                <Route path="services/campaigns/:id" element={servicesReader(<CampaignScene />)} />
                <Route path="services/venues" element={servicesReader(<VenuesScene />)} />
                <Route path="services/mobile" element={servicesReader(<MobileScene />)} />
                <Route path="services/venues/:id" element={servicesReader(<VenueScene />)} />
                <Route path="volunteers" element={volReader(<VolunteersScene />)} />
                <Route path="volunteers/opportunities/:id" element={volReader(<VolOpportunityScene />)} />
                <Route path="experts" element={expReader(<ExpertsScene />)} />
                <Route path="experts/roster" element={expReader(<ExpertRosterScene />)} />
                <Route path="experts/:id" element={expReader(<ExpertScene />)} />
                <Route path="content" element={cntReader(<ContentWorksScene />)} />
                <Route path="content/emergency" element={cntReader(<ContentEmergencyScene />)} />
                <Route path="content/:id" element={cntReader(<ContentWorkScene />)} />
                <Route path="training" element={trnReader(<TrainingsScene />)} />
                <Route path="training/:id" element={trnReader(<TrainingCourseScene />)} />
                <Route path="contest" element={contestReader(<ContestsScene />)} />
                <Route path="contest/items" element={contestReader(<ContestItemsScene />)} />
                <Route path="contest/:id" element={contestReader(<ContestScene />)} />
                <Route path="commendations" element={cmdReader(<CommendationsScene />)} />
                <Route path="*" element={<NotFoundScene />} />
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </MessageProvider>
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
