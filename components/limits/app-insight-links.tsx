import Link from "next/link";

const linkClass = "font-medium text-sky-700 underline dark:text-sky-400";

/** From an app's page to its trend (projected cap date) and its rate-limit meter. */
export function AppInsightLinks({ appId }: { appId: string }) {
  return (
    <nav aria-label="More about this app's limits" className="mt-2 flex flex-wrap gap-4 text-sm">
      <Link href={`/apps/${appId}/trend`} className={linkClass}>
        Connection trend and projection
      </Link>
      <Link href={`/apps/${appId}/rate-limits`} className={linkClass}>
        Rate limits
      </Link>
    </nav>
  );
}
