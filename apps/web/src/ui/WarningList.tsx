import { useEffect, useId, useRef } from "react";

/**
 * What a file says that deserves a look before it is used: it can be read as it is.
 * Read out when it appears, as problems are: the heading takes focus, so a screen reader
 * announces it and the keyboard lands next to the list and the choice that follows it.
 */
export function WarningList({ title, warnings }: { title: string; warnings: readonly string[] }) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="warnings" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1} dir="auto">
        {title}
      </h2>
      <ul>
        {warnings.map((warning, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
          <li key={index} dir="auto">
            {warning}
          </li>
        ))}
      </ul>
    </section>
  );
}
