import { useEffect, useState } from "react";
import { parseRoute, type Route } from "./routes.ts";
import { preloadRoute } from "./screens.ts";

/**
 * The route in the address bar, kept in step with back/forward and links. A new route is shown
 * once its screens' chunks are in, so the screen appears whole instead of after a fallback.
 */
export function useRoute(): Route {
  const [first] = useState(() => {
    const hash = window.location.hash;
    return { hash, route: parseRoute(hash) };
  });
  const [route, setRoute] = useState(first.route);
  useEffect(() => {
    let latest = 0;
    let shownHash = first.hash;
    const follow = () => {
      const hash = window.location.hash;
      if (hash === shownHash) return;
      shownHash = hash;
      const ticket = ++latest;
      const next = parseRoute(hash);
      // A chunk that fails to load still shows the route: the screen then says what went wrong.
      void preloadRoute(next)
        .catch(() => undefined)
        .then(() => {
          if (ticket === latest) setRoute(next);
        });
    };
    window.addEventListener("hashchange", follow);
    // The address may have changed between the first render and this subscription.
    follow();
    return () => window.removeEventListener("hashchange", follow);
  }, [first]);
  return route;
}
