// @ts-nocheck
import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission: Permission };

export const navItems: NavItem[] = [
  { href: "/", label: "Overview", permission: "overview:read" },
  { href: "/apps", label: "Apps", permission: "apps:read" },
  { href: "/organisations", label: "Organisations", permission: "organisations:read" },
  { href: "/connections", label: "Connections", permission: "connections:read" },
  { href: "/people", label: "People", permission: "people:read" },
  { href: "/diagnose", label: "Diagnose", permission: "diagnose:use" },
  { href: "/activity", label: "Activity", permission: "activity:read" },
  { href: "/settings", label: "Settings", permission: "settings:read" },
  { href: "/settings/users", label: "Users", permission: "users:read" },
];

export function isActive(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  if (href === "/settings") return pathname === "/settings" || (pathname.startsWith("/settings/") && !pathname.startsWith("/settings/users"));
  return pathname === href || pathname.startsWith(`${href}/`);
}
