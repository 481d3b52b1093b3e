"use client";

import { Button } from "@/components/ui/button";

// Errors thrown while rendering a dashboard page. The server logged the details; users see a reference.
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" aria-label="Page error" className="mx-auto max-w-xl rounded-xl border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <h1 className="text-lg font-semibold">This page could not be shown</h1>
      <p className="mt-2 text-sm">Something went wrong on our side{error.digest ? ` (reference ${error.digest})` : ""}. Try again; if it keeps happening, quote the reference to your administrator.</p>
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
