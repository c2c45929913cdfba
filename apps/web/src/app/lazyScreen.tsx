import { type ComponentType, lazy } from "react";

export interface LazyScreen<Props extends object> {
  (props: Props): React.ReactElement;
  /** Fetches the screen's chunk; once it is in, the screen renders without suspending. */
  preload(): Promise<void>;
}

/**
 * A screen in a chunk of its own, like `React.lazy`, but rendered directly once its chunk is
 * loaded. React holds back the content of a suspended boundary for up to 300 ms after its
 * fallback showed, and screens nest (workspace, section, page): suspending only when a chunk is
 * truly missing, and preloading the chunks of a route before showing it, keeps a click or a
 * reload from waiting for nothing.
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
): LazyScreen<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const fetchChunk = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A failed fetch (offline, a new release) is tried again the next time.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(fetchChunk);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per screen, at module level, like React.lazy
  const Screen = (props: Props) => {
    const Component = loaded ?? Suspending;
    return <Component {...props} />;
  };
  Screen.preload = () => fetchChunk().then(() => undefined);
  return Screen;
}
