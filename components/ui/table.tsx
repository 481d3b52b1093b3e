import { cn } from "./cn";

export function Table({ caption, children, className }: { caption: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={cn("overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900", className)}>
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** `wrap`: a long header may take two lines, so a narrow column (a date) is not widened by its header. */
export function Th({ children, className, wrap = false }: { children?: React.ReactNode; className?: string; wrap?: boolean }) {
  return (
    <th scope="col" className={cn(!wrap && "whitespace-nowrap", "px-3 py-2 text-left align-bottom text-xs font-semibold uppercase tracking-wide text-muted", className)}>
      {children}
    </th>
  );
}

export function Td({ children, className }: { children?: React.ReactNode; className?: string }) {
  return <td className={cn("px-3 py-2 align-top", className)}>{children}</td>;
}
