import { type Criterion, type Grid, primaryOrdinalIndicator } from "@coeval/core";
import { memo } from "react";
import { shownLevels } from "./answers.ts";
import { useSessionMessages } from "./messages.ts";

/** The criterion as the group reads it on the projector: its words, its questions, its scale. */
export const CriterionHeader = memo(function CriterionHeader({
  grid,
  criterion,
  compact,
}: {
  grid: Grid;
  criterion: Criterion;
  /** Folds why it matters and the key questions away, so the figures fit on a projector. */
  compact: boolean;
}) {
  const t = useSessionMessages();
  const dimension = grid.dimensions.find((d) => d.criteria.some((c) => c.id === criterion.id));
  const primary = primaryOrdinalIndicator(criterion);
  const levels = primary ? shownLevels(primary, t) : [];
  const hasContext = Boolean(criterion.whyItMatters) || criterion.guidingQuestions.length > 0;
  const context = (
    <>
      {criterion.whyItMatters && (
        <div className="why-it-matters">
          <h2 className="small-heading">{t.whyItMatters}</h2>
          <p dir="auto">{criterion.whyItMatters}</p>
        </div>
      )}
      {criterion.guidingQuestions.length > 0 && (
        <div className="guiding-questions">
          <h2 className="small-heading">{t.guidingQuestions}</h2>
          <ul>
            {criterion.guidingQuestions.map((question) => (
              <li key={question} dir="auto">
                {question}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
  return (
    <header className="criterion-header">
      {dimension && (
        <p className="criterion-dimension" dir="auto">
          {grid.levelNames.dimension} · {dimension.label}
        </p>
      )}
      <h1 dir="auto">{criterion.label}</h1>
      {criterion.description && (
        <p className="criterion-description" dir="auto">
          {criterion.description}
        </p>
      )}
      {hasContext &&
        (compact ? (
          <details className="context-details">
            <summary>
              {criterion.guidingQuestions.length > 0 ? t.guidingQuestions : t.whyItMatters}
            </summary>
            {context}
          </details>
        ) : (
          context
        ))}
      {levels.length > 0 && (
        <details className="scale-details">
          <summary>{t.scale}</summary>
          <ol className="scale-levels">
            {levels.map((level) => (
              <li key={level.value}>
                <strong dir="auto">
                  {level.value} · {level.label}
                </strong>
                {level.descriptor && <span dir="auto"> — {level.descriptor}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </header>
  );
});
