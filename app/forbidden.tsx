import Link from "next/link";

export default function Forbidden() {
  return (
    <div role="alert" aria-label="Access refused" className="mx-auto mt-16 max-w-xl p-4 text-center">
      <h1 className="text-2xl font-semibold">You do not have access to this page</h1>
      <p className="mt-2 text-sm text-muted">Your role does not allow it. If you need it, ask an administrator to change your role.</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
        Back to the overview
      </Link>
    </div>
  );
}
