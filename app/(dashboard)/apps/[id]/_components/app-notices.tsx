import { Notice } from "@/components/ui/notice";
import { connectErrors, isConnectErrorCode } from "@/lib/connections/connect-errors";
import { organisationsOfAuthEvent } from "@/lib/connections/queries";

type Props = { appId: string; plan: string; registered?: string; updated?: string; connected?: string; connectError?: string };

/** Outcomes of what the user just did, carried in the URL as codes (never as free text). */
export async function AppNotices({ appId, plan, registered, updated, connected, connectError }: Props) {
  const names = connected ? await organisationsOfAuthEvent(appId, connected) : [];
  return (
    <div className="mb-4 space-y-2 empty:hidden">
      {registered === "sandbox" && <Notice tone="success">The app was created in the sandbox and registered here with its client id and secret. Connect an organisation to try it.</Notice>}
      {registered && registered !== "sandbox" && (
        <Notice tone="success">
          {plan === "custom-connection"
            ? "The Custom Connection is registered. It connects with client credentials and needs no redirect URI: connect it once it is authorised in Xero."
            : "The app is registered. Add the redirect URI below to the app in Xero, then connect an organisation."}
        </Notice>
      )}
      {updated && <Notice tone="success">The app&apos;s settings are saved.</Notice>}
      {connected && (
        <Notice tone="success" title="Connected">
          {names.length > 0 ? `Connected ${names.join(", ")}.` : "The consent was recorded."}
        </Notice>
      )}
      {connectError && isConnectErrorCode(connectError) && (
        <Notice tone="error" title="Connect failed">
          {connectErrors[connectError]}
        </Notice>
      )}
    </div>
  );
}
