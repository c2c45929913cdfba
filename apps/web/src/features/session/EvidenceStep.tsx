import {
  ConsentLevel,
  type Criterion,
  type QuantitativeIndicator,
  type StoryInput,
  StoryKind,
  Valence,
} from "@coeval/core";
import { type FormEvent, useId, useState } from "react";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { type Formatter, useI18n } from "../../i18n/index.tsx";
import { enumOptions, InputField, SelectField } from "../../ui/FormFields.tsx";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { useCycleContext } from "../cycle/useCycle.ts";
import { type SessionMessages, useSessionMessages } from "./messages.ts";

/** Reads "12,5" as well as "12.5": people type numbers the way their language writes them. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Evidence for the criterion: counted values against baseline and target, and told stories. */
export function EvidenceStep({ cycleId, criterion }: { cycleId: string; criterion: Criterion }) {
  const t = useSessionMessages();
  const quantitative = criterion.indicators.filter(
    (indicator): indicator is QuantitativeIndicator => indicator.kind === "quantitative",
  );
  return (
    <div className="evidence-step">
      <section aria-labelledby="measures-title">
        <h3 id="measures-title">{t.measures}</h3>
        {quantitative.length === 0 && <p className="muted">{t.noQuantitative}</p>}
        {quantitative.map((indicator) => (
          <MeasureCard
            key={indicator.id}
            cycleId={cycleId}
            criterion={criterion}
            indicator={indicator}
          />
        ))}
      </section>
      <StoriesSection cycleId={cycleId} criterion={criterion} />
    </div>
  );
}

function withUnit(format: Formatter, value: number, unit: string): string {
  const number = format.measure(value);
  return unit ? `${number} ${unit}` : number;
}

function MeasureCard({
  cycleId,
  criterion,
  indicator,
}: {
  cycleId: string;
  criterion: Criterion;
  indicator: QuantitativeIndicator;
}) {
  const t = useSessionMessages();
  const { format } = useI18n();
  const id = useId();
  const context = useCycleContext(cycleId);
  const [value, setValue] = useState("");
  const [period, setPeriod] = useState("");
  const [source, setSource] = useState(indicator.source ?? "");
  const [problem, setProblem] = useState("");
  const { dispatch, refusal } = useWorkspaceEdit();
  const measures = (context?.cycle.measures ?? []).filter((m) => m.indicatorId === indicator.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    const number = parseNumber(value);
    if (number === null) {
      setProblem(t.valueInvalid);
      return;
    }
    setProblem("");
    const recorded = dispatch({
      type: "measure.add",
      cycleId,
      criterionId: criterion.id,
      indicatorId: indicator.id,
      value: number,
      period,
      source,
    });
    if (recorded) {
      setValue("");
      setPeriod("");
    }
  }

  return (
    <article className="measure-card" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} dir="auto">
        {indicator.label}
        {indicator.unit ? ` (${indicator.unit})` : ""}
      </h4>
      <ul className="measure-facts">
        {indicator.baseline && (
          <li>{t.baseline(withUnit(format, indicator.baseline.value, indicator.unit))}</li>
        )}
        {indicator.target !== undefined && (
          <li>{t.target(withUnit(format, indicator.target, indicator.unit))}</li>
        )}
        {indicator.targetBand && (
          <li>
            {t.band(
              withUnit(format, indicator.targetBand.min, indicator.unit),
              withUnit(format, indicator.targetBand.max, indicator.unit),
            )}
          </li>
        )}
      </ul>
      {measures.length > 0 && (
        <ul className="measure-values">
          {measures.map((measure) => (
            <li key={measure.id}>
              <span dir="auto">
                {t.measureLine(
                  withUnit(format, measure.value, indicator.unit),
                  measure.period ?? "",
                )}
              </span>{" "}
              <button
                type="button"
                className="button-quiet"
                onClick={() => dispatch({ type: "measure.remove", cycleId, measureId: measure.id })}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t.value}</label>
          <input
            id={`${id}-value`}
            type="text"
            inputMode="decimal"
            value={value}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t.period}</label>
          <input
            id={`${id}-period`}
            type="text"
            dir="auto"
            maxLength={100}
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-source`}>{t.source}</label>
          <input
            id={`${id}-source`}
            type="text"
            dir="auto"
            maxLength={500}
            value={source}
            onChange={(event) => setSource(event.target.value)}
          />
        </div>
        <button type="submit">{t.recordValue}</button>
      </form>
      <p role="status" className="notice">
        {problem}
      </p>
      <RefusalNotice refusal={refusal} />
    </article>
  );
}

function StoriesSection({ cycleId, criterion }: { cycleId: string; criterion: Criterion }) {
  const t = useSessionMessages();
  const id = useId();
  const context = useCycleContext(cycleId);
  const empty: StoryInput = {
    text: "",
    title: "",
    kind: "story",
    valence: "positive",
    consent: "none",
    criterionIds: [criterion.id],
  };
  const [draft, setDraft] = useState<StoryInput>(empty);
  const { dispatch, refusal } = useWorkspaceEdit();
  if (!context) return null;
  const stories = context.cycle.stories.filter((s) => s.criterionIds.includes(criterion.id));
  const pseudonyms = new Map(context.cycle.participants.map((p) => [p.id, p.pseudonym]));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (dispatch({ type: "story.add", cycleId, ...draft })) setDraft(empty);
  }

  return (
    <section aria-labelledby="stories-title">
      <h3 id="stories-title">{t.stories}</h3>
      <p className="muted">{t.storiesIntro}</p>
      {stories.length === 0 ? (
        <p>{t.noStories}</p>
      ) : (
        <ul className="story-list">
          {stories.map((story) => (
            <li key={story.id} className="story-card">
              {story.title && (
                <p className="story-title" dir="auto">
                  {story.title}
                </p>
              )}
              <p className="story-text" dir="auto">
                {story.text}
              </p>
              <p className="muted">
                {describeStory(t, story.kind, story.valence, story.consent)}
                {story.tellerId ? ` · ${pseudonyms.get(story.tellerId) ?? ""}` : ""}
              </p>
              <button
                type="button"
                className="button-quiet"
                onClick={() => dispatch({ type: "story.remove", cycleId, storyId: story.id })}
              >
                {t.removeStory}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="story-form">
        <div className="field">
          <label htmlFor={`${id}-text`}>{t.storyText}</label>
          <textarea
            id={`${id}-text`}
            dir="auto"
            rows={4}
            required
            maxLength={20_000}
            value={draft.text}
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
          />
        </div>
        <div className="field-grid">
          <InputField
            id={`${id}-title`}
            label={t.storyTitle}
            maxLength={500}
            value={draft.title ?? ""}
            onChange={(title) => setDraft({ ...draft, title })}
          />
          <SelectField
            id={`${id}-kind`}
            label={t.storyKind}
            value={draft.kind}
            options={enumOptions(StoryKind.options, t.storyKinds)}
            onChange={(kind) => setDraft({ ...draft, kind: StoryKind.parse(kind) })}
          />
          <SelectField
            id={`${id}-valence`}
            label={t.valence}
            value={draft.valence}
            options={enumOptions(Valence.options, t.valences)}
            onChange={(valence) => setDraft({ ...draft, valence: Valence.parse(valence) })}
          />
          <SelectField
            id={`${id}-consent`}
            label={t.consentLabel}
            value={draft.consent}
            options={enumOptions(ConsentLevel.options, t.consent)}
            onChange={(consent) => setDraft({ ...draft, consent: ConsentLevel.parse(consent) })}
          />
          <SelectField
            id={`${id}-teller`}
            label={t.teller}
            emptyOption={t.nobody}
            options={context.cycle.participants.map((p) => ({ value: p.id, label: p.pseudonym }))}
            value={draft.tellerId ?? ""}
            onChange={(tellerId) => setDraft({ ...draft, tellerId })}
          />
        </div>
        <button type="submit">{t.addStory}</button>
      </form>
      <RefusalNotice refusal={refusal} />
    </section>
  );
}

function describeStory(
  t: SessionMessages,
  kind: StoryKind,
  valence: Valence,
  consent: ConsentLevel,
): string {
  return `${t.storyKinds[kind]} · ${t.valences[valence]} · ${t.consent[consent]}`;
}
