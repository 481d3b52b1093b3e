import Link from "next/link";

// People has two views of "who": the Xero users who authorised, and the team's own customers.
// Plain links (the view is in the URL), marked as the current page for assistive technology.

const tabs = [
  { key: "xero", label: "Xero users", href: "/people" },
  { key: "customers", label: "Customers", href: "/people?tab=customers" },
] as const;

export function PeopleTabs({ current }: { current: "xero" | "customers" }) {
  return (
    <nav aria-label="People views" className="mb-4 flex gap-1 border-b border-slate-200 dark:border-slate-800">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${t.key === current ? "border-slate-900 dark:border-slate-100" : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
