import Link from "next/link";

/** The 404 message, inside the dashboard's shell or on its own. */
export function NotFoundMessage({ className = "" }: { className?: string }) {
  return (
    <div className={`mx-auto max-w-xl text-center ${className}`}>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-muted">There is nothing at this address. It may have been removed, or the link may be mistyped.</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
        Back to the overview
      </Link>
    </div>
  );
}
