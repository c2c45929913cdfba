import { Suspense, useEffect, useRef } from "react";
import { useDeviceLock } from "../features/session/deviceLock.ts";
import { ConflictNotice } from "../features/workspace/ConflictNotice.tsx";
import { SaveFailureAlert } from "../features/workspace/SaveFailureAlert.tsx";
import { useDocumentLanguage, useI18n } from "../i18n/index.tsx";
import { Header } from "./Header.tsx";
import { type Route, routeHref } from "./routes.ts";
import { HomeScreen, LockedDevice, WorkspaceScreen } from "./screens.ts";
import { useRoute } from "./useRoute.ts";

export function App() {
  useDocumentLanguage();
  const { t } = useI18n();
  const route = useRoute();
  const lock = useDeviceLock();
  const locked = lock !== null;
  const main = useRef<HTMLElement>(null);
  const shownKey = `${routeHref(route)} ${locked}`;
  const shown = useRef(shownKey);

  // After a navigation or an unlock (not on first load), put the keyboard at the start of the
  // new screen. The locked view places the keyboard itself.
  useEffect(() => {
    if (shown.current === shownKey) return;
    shown.current = shownKey;
    if (!locked) main.current?.focus();
  }, [shownKey, locked]);

  // While the device is passed round, the participants' view is the whole app, whatever the address.
  if (locked) {
    return (
      <Suspense fallback={<p className="loading">{t.app.loading}</p>}>
        <LockedDevice lock={lock} />
      </Suspense>
    );
  }

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link by convention; the hash holds the route, so it moves focus itself */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route: focus the main content instead of following the link.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t.app.skipLink}
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1}>
        <SaveFailureAlert />
        <ConflictNotice />
        <Suspense fallback={<p className="loading">{t.app.loading}</p>}>
          <Screen route={route} />
        </Suspense>
      </main>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.screen) {
    case "home":
      return <HomeScreen />;
    case "workspace":
      return (
        <WorkspaceScreen
          key={route.workspaceId}
          workspaceId={route.workspaceId}
          section={route.section}
          path={route.path}
        />
      );
    case "notFound":
      return (
        <div className="page">
          <h1>{t.app.notFound}</h1>
          <p>
            <a href={routeHref({ screen: "home" })}>{t.app.backHome}</a>
          </p>
        </div>
      );
  }
}
