import type { Grid, Indicator } from "@coeval/core";
import type { GridMessages } from "./messages.ts";

/** A grid as people read it: an adopted or archived version, which no longer changes. */
export function GridView({ grid, m }: { grid: Grid; m: GridMessages }) {
  return (
    <div className="grid-view">
      {grid.description && (
        <p className="lead" dir="auto">
          {grid.description}
        </p>
      )}
      {grid.globalScore.enabled && (
        <p className="warning">
          {m.globalScoreWarning}
          {grid.globalScore.convention && (
            <>
              {" "}
              <span dir="auto">{grid.globalScore.convention}</span>
            </>
          )}
        </p>
      )}
      <ol className="view-dimensions">
        {grid.dimensions.map((dimension) => (
          <li key={dimension.id} className="card">
            <h2 dir="auto">{dimension.label}</h2>
            {dimension.description && <p dir="auto">{dimension.description}</p>}
            <ol className="view-criteria">
              {dimension.criteria.map((criterion) => (
                <li key={criterion.id}>
                  <h3 dir="auto">{criterion.label}</h3>
                  {criterion.description && <p dir="auto">{criterion.description}</p>}
                  {criterion.whyItMatters && (
                    <p dir="auto">
                      <strong>{m.field(m.whyItMatters, "")}</strong>
                      {criterion.whyItMatters}
                    </p>
                  )}
                  {criterion.guidingQuestions.length > 0 && (
                    <>
                      <p className="view-label">{m.guidingQuestions}</p>
                      <ul>
                        {criterion.guidingQuestions.map((question) => (
                          <li key={question} dir="auto">
                            {question}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <ul className="view-indicators">
                    {criterion.indicators.map((indicator) => (
                      <li key={indicator.id}>
                        <IndicatorView indicator={indicator} m={m} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {grid.glossary.length > 0 && (
        <section className="card" aria-labelledby="view-glossary">
          <h2 id="view-glossary">{m.glossary}</h2>
          <dl>
            {grid.glossary.map((entry) => (
              <div key={entry.term}>
                <dt dir="auto">{entry.term}</dt>
                <dd dir="auto">{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {grid.principles.length > 0 && (
        <section className="card" aria-labelledby="view-principles">
          <h2 id="view-principles">{m.principles}</h2>
          <ul>
            {grid.principles.map((principle) => (
              <li key={principle.id} dir="auto">
                <strong>{principle.label}</strong>
                {principle.description && ` — ${principle.description}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function IndicatorView({ indicator, m }: { indicator: Indicator; m: GridMessages }) {
  const head = (
    <p className="view-indicator-head" dir="auto">
      <span className="badge">{m.kinds[indicator.kind]}</span> {indicator.label}
      {indicator.effectLevel && ` · ${m.effectLevels[indicator.effectLevel]}`}
    </p>
  );
  switch (indicator.kind) {
    case "scale":
      return (
        <>
          {head}
          <ol className="view-levels">
            {indicator.scale.levels.map((level) => (
              <li key={level.value} dir="auto">
                <strong>
                  {level.value}. {level.label}
                </strong>
                {level.descriptor && ` — ${level.descriptor}`}
              </li>
            ))}
          </ol>
        </>
      );
    case "yesPartlyNo":
      return head;
    case "quantitative":
      return (
        <>
          {head}
          <p className="muted" dir="auto">
            {[
              indicator.unit && m.field(m.unit, indicator.unit),
              m.directions[indicator.direction],
              indicator.baseline && m.field(m.baseline, String(indicator.baseline.value)),
              indicator.target !== undefined && m.field(m.target, String(indicator.target)),
              indicator.targetBand && `${indicator.targetBand.min} – ${indicator.targetBand.max}`,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </>
      );
    case "narrative":
      return (
        <>
          {head}
          {indicator.prompt && (
            <p className="muted" dir="auto">
              {indicator.prompt}
            </p>
          )}
        </>
      );
  }
}
