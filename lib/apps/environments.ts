// Its own zod-free module: client forms list the environments, and importing them from ./schemas would ship zod
// (about 32 kB gzipped) to the browser.
export const environments = ["development", "staging", "production"] as const;
export type Environment = (typeof environments)[number];
