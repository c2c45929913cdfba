import { useEffect, useRef } from "react";

/**
 * Problems found in a file or in stored data, read out when they appear: the heading takes
 * focus so a screen reader announces it and the keyboard lands next to the list.
 */
export function ProblemList({ title, problems }: { title: string; problems: readonly string[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title" ref={heading} tabIndex={-1} dir="auto">
        {title}
      </h2>
      <ul>
        {problems.map((problem, index) => (
          // Problems have no identity of their own beyond their position in the list.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
          <li key={index} dir="auto">
            {problem}
          </li>
        ))}
      </ul>
    </section>
  );
}
