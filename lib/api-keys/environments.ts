import { environments } from "@/lib/apps/environments";

// Its own zod-free module: the create-key form lists these, and ./schemas would ship zod to the browser.
export const keyEnvironments = ["all", ...environments] as const;
