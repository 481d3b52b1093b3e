"use client";

import { useState } from "react";
import { NavLinks } from "./nav-links";
import type { NavItem } from "./nav-items";

export function MobileNav({ items }: { items: NavItem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="md:hidden">
      <button type="button" aria-expanded={open} aria-controls="mobile-nav" onClick={() => setOpen((o) => !o)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700">
        Menu
      </button>
      {open && (
        <nav id="mobile-nav" aria-label="Main" className="absolute left-0 right-0 top-14 z-20 border-b border-slate-200 bg-white p-3 shadow-lg dark:border-slate-800 dark:bg-slate-900">
          <NavLinks items={items} onNavigate={() => setOpen(false)} />
        </nav>
      )}
    </div>
  );
}
