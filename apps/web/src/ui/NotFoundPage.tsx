/** What a screen shows when what its address names does not exist (any more): a way back. */
export function NotFoundPage({
  title,
  backHref,
  backLabel,
}: {
  title: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <div className="page">
      <h1>{title}</h1>
      <p>
        <a href={backHref}>{backLabel}</a>
      </p>
    </div>
  );
}
