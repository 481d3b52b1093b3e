"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";

// react-query for the few client reads that poll (a sync's progress, the job runs). Only the pages that poll render
// it: in the dashboard layout it put react-query (about 8 kB gzipped) into every page's first-load JS.
export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 15_000, retry: 1 } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
