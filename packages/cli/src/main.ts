// The coeval command: filled in by the CLI work.
export {};
