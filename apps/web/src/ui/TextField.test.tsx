import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { usePreferences } from "../store/preferences.ts";
import { TextField } from "./TextField.tsx";

describe("TextField", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    usePreferences.setState({ language: "fr" });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("commits after a short pause in typing, once", () => {
    const onCommit = vi.fn();
    render(<TextField label="Nom" value="" onCommit={onCommit} />);
    const input = screen.getByLabelText("Nom");
    fireEvent.change(input, { target: { value: "É" } });
    fireEvent.change(input, { target: { value: "Ép" } });
    expect(onCommit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(300));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith("Ép");
  });

  it("commits at once on blur", () => {
    const onCommit = vi.fn();
    render(<TextField label="Nom" value="" onCommit={onCommit} />);
    const input = screen.getByLabelText("Nom");
    fireEvent.change(input, { target: { value: "Atelier" } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith("Atelier");
    act(() => vi.advanceTimersByTime(1000));
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it("shows why a required field is refused and does not commit it", () => {
    const onCommit = vi.fn();
    render(<TextField label="Nom" value="A" required onCommit={onCommit} />);
    const input = screen.getByLabelText("Nom");
    fireEvent.change(input, { target: { value: "  " } });
    act(() => vi.advanceTimersByTime(1000));
    expect(onCommit).not.toHaveBeenCalled();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("Ce champ est obligatoire.");
  });

  it("shows hostile text as text, in its own direction", () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> שלום';
    render(<TextField label="Nom" value={hostile} onCommit={() => {}} />);
    const input = screen.getByLabelText("Nom");
    expect(input).toHaveValue(hostile);
    expect(input).toHaveAttribute("dir", "auto");
    expect(document.querySelector("img, script")).toBeNull();
  });
});
