import type { Metadata } from "next";
import "./globals.css";

// Every page is rendered per request, so Next can put the request's CSP nonce (proxy.ts) on its scripts;
// a prerendered page would carry scripts without it, and the browser would block them.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Connection Desk", template: "%s · Connection Desk" },
  description: "See, attribute and manage every Xero app connection.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
