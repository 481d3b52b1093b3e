// The alerts a webhook can subscribe to. Plain data, safe to import from client components.

export const ALERT_EVENTS = [
  "app.cap_warning",
  "app.cap_reached",
  "organisation.uncertified_slots_full",
  "grant.needs_reauth",
  "connection.vanished",
  "connection.created",
  "connect_session.failed",
] as const;
export type AlertEvent = (typeof ALERT_EVENTS)[number];
/** "webhook.test" is sent only by "Send test", to the one webhook, whatever it subscribes to. */
export type DeliveryEvent = AlertEvent | "webhook.test";

export const alertEventLabels: Record<DeliveryEvent, string> = {
  "app.cap_warning": "An app reaches 80 % of its connection cap",
  "app.cap_reached": "An app reaches its connection cap",
  "organisation.uncertified_slots_full": "An organisation uses both of its uncertified-app slots",
  "grant.needs_reauth": "An authorising user must re-authorise an app",
  "connection.vanished": "A connection is disconnected on Xero's side",
  "connection.created": "A connection is made (with the customer it came through)",
  "connect_session.failed": "A customer's connect session fails (at a cap, cancelled or expired)",
  "webhook.test": "Test delivery",
};

export const isAlertEvent = (value: string): value is AlertEvent => (ALERT_EVENTS as readonly string[]).includes(value);
