import type { RatingValue } from "@coeval/core";
import type { AnswerOption } from "./answers.ts";

/** One big button per answer, with the level's descriptor: what a person taps on their turn. */
export function AnswerButtons({
  legend,
  options,
  chosen,
  onChoose,
}: {
  legend: string;
  options: readonly AnswerOption[];
  chosen: RatingValue | null;
  onChoose(value: RatingValue): void;
}) {
  return (
    <fieldset className="answer-buttons">
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <button
          key={String(option.value)}
          type="button"
          className={`answer-button${typeof option.value === "number" ? "" : " answer-other"}`}
          aria-pressed={chosen === option.value}
          onClick={() => onChoose(option.value)}
        >
          <span className="answer-label" dir="auto">
            {typeof option.value === "number" ? `${option.value} · ` : ""}
            {option.label}
          </span>
          {option.descriptor && (
            <span className="answer-descriptor" dir="auto">
              {option.descriptor}
            </span>
          )}
        </button>
      ))}
    </fieldset>
  );
}
