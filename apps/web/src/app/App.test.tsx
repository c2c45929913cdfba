import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PREFERENCES_KEY, usePreferences } from "../store/preferences.ts";
import { renderApp } from "../test/renderApp.tsx";

describe("app shell", () => {
  it("has the product name, a skip link to the main landmark, and French by default", async () => {
    usePreferences.setState({ language: "fr" });
    renderApp();
    const banner = screen.getByRole("banner");
    expect(within(banner).getByText("Coéval")).toBeInTheDocument();
    const skip = screen.getByRole("link", { name: "Aller au contenu" });
    const main = screen.getByRole("main");
    await userEvent.click(skip);
    expect(main).toHaveFocus();
    expect(window.location.hash).toBe("#/");
    expect(await screen.findByRole("heading", { level: 1, name: "Vos évaluations" })).toBeVisible();
    expect(document.documentElement.lang).toBe("fr");
  });

  it("switches to English, updates <html lang>, and remembers the choice", async () => {
    usePreferences.setState({ language: "fr" });
    renderApp();
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Your evaluations" }),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? "{}").state).toEqual({
      language: "en",
    });
  });

  it("shows a not-found screen for an unknown address", async () => {
    usePreferences.setState({ language: "fr" });
    renderApp("#/nowhere");
    expect(screen.getByRole("heading", { name: "Cette page n'existe pas." })).toBeVisible();
    expect(screen.getByRole("link", { name: "Retour à l'accueil" })).toHaveAttribute("href", "#/");
  });
});
