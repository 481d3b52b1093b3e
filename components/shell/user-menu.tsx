"use client";

import { useEffect, useId, useRef, useState } from "react";
import { signOutAction } from "./sign-out-action";

// A hand-written menu button (the WAI-ARIA menu pattern) rather than @radix-ui/react-dropdown-menu: the dashboard
// layout puts this on every page, and Radix's menu with its positioning library added 29 kB gzipped to every page's
// first-load JS for one item. Keyboard: Enter, Space or the arrows open it on the item; Escape closes it back onto
// the button; Tab, a click elsewhere or focus moving away close it.
export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const item = useRef<HTMLButtonElement>(null);
  const triggerId = useId();
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    item.current?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      trigger.current?.focus();
    } else if (event.key === "Tab") {
      setOpen(false);
    } else if (["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key)) {
      // One item: every move lands on it (and opens the menu from the button).
      event.preventDefault();
      if (open) item.current?.focus();
      else setOpen(true);
    }
  };

  return (
    <div
      ref={root}
      className="relative"
      onBlur={(event) => {
        // relatedTarget is null when a click lands on the menu's text; a click outside is handled by pointerdown.
        if (event.relatedTarget && !root.current?.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        ref={trigger}
        id={triggerId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Account menu for ${name}`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        <span className="hidden font-medium sm:inline">{name}</span>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs capitalize text-slate-700 dark:bg-slate-800 dark:text-slate-300">{role}</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={triggerId}
          tabIndex={-1}
          onKeyDown={onKeyDown}
          className="absolute right-0 top-full z-30 mt-1.5 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="px-2 py-1.5">
            <span className="block font-medium">{name}</span>
            <span className="block text-xs text-muted">{email}</span>
          </div>
          <div role="separator" className="my-1 h-px bg-slate-200 dark:bg-slate-800" />
          <button
            ref={item}
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              setOpen(false);
              void signOutAction();
            }}
            className="block w-full cursor-pointer rounded px-2 py-1.5 text-left outline-none hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
