// @ts-nocheck
import { NotFoundMessage } from "@/components/shell/not-found-message";

export default function DashboardNotFound() {
  return <NotFoundMessage />;
}
