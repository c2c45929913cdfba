import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { lazyScreen } from "./lazyScreen.tsx";

function Hello({ name }: { name: string }) {
  return <p>Bonjour {name}</p>;
}

describe("a screen in its own chunk", () => {
  it("suspends while its chunk is missing, then shows", async () => {
    const Screen = lazyScreen(async () => ({ default: Hello }));
    render(
      <Suspense fallback={<p>Chargement…</p>}>
        <Screen name="Aïcha" />
      </Suspense>,
    );
    expect(screen.getByText("Chargement…")).toBeInTheDocument();
    expect(await screen.findByText("Bonjour Aïcha")).toBeInTheDocument();
  });

  it("renders at once, without a fallback, once preloaded", async () => {
    let loads = 0;
    const Screen = lazyScreen(async () => {
      loads += 1;
      return { default: Hello };
    });
    await Screen.preload();
    await Screen.preload();
    render(
      <Suspense fallback={<p>Chargement…</p>}>
        <Screen name="Léo" />
      </Suspense>,
    );
    expect(screen.getByText("Bonjour Léo")).toBeInTheDocument();
    expect(screen.queryByText("Chargement…")).not.toBeInTheDocument();
    expect(loads).toBe(1);
  });

  it("tries a failed chunk again", async () => {
    let attempts = 0;
    const Screen = lazyScreen(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("offline");
      return { default: Hello };
    });
    await expect(Screen.preload()).rejects.toThrow("offline");
    await Screen.preload();
    expect(attempts).toBe(2);
  });
});
