// @ts-nocheck
import { NotFoundMessage } from "@/components/shell/not-found-message";

export default function NotFound() {
  return <NotFoundMessage className="mt-24 p-4" />;
}
