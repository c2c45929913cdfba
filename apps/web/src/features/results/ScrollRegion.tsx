import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on a phone. It takes the keyboard focus so that
 * people who cannot use a mouse or a touch screen can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named region around a table, not a page landmark section
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
