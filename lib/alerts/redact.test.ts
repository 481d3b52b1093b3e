import { describe, expect, it } from "vitest";
import { deliveryErrorForEveryone, receiverLabel } from "./redact";

describe("receiverLabel", () => {
  it("keeps the host and drops the port, path and query, where secrets live", () => {
    expect(receiverLabel("https://hooks.slack.com/services/T000/B000/XXXXSECRET")).toBe("hooks.slack.com/…");
    expect(receiverLabel("http://127.0.0.1:4567/alerts/ab12?token=s3cret")).toBe("127.0.0.1/…");
    expect(receiverLabel("https://[::1]/")).toBe("[::1]");
    expect(receiverLabel("https://example.com")).toBe("example.com");
    expect(receiverLabel("not a url")).toBe("a webhook");
  });
});

describe("deliveryErrorForEveryone", () => {
  it("passes the errors delivery writes today", () => {
    for (const e of [
      "The receiver answered 500.",
      "Not sent: This address points at this server itself (loopback), which webhooks may not be sent to.",
      "Not sent: This address points at a link-local network (such as a cloud metadata service), which webhooks may not be sent to.",
      "No answer within 10 seconds.",
      "Could not reach the receiver (ECONNREFUSED).",
      "Could not find the receiver's host (ENOTFOUND).",
      "Could not reach the receiver.",
      "The webhook was turned off before this could be delivered.",
    ])
      expect(deliveryErrorForEveryone(e)).toBe(e);
    expect(deliveryErrorForEveryone(null)).toBeNull();
  });

  it("reduces older rows that quoted the receiver or a system message to the status", () => {
    expect(deliveryErrorForEveryone("The receiver answered 500: internal db-password=hunter2")).toBe("The receiver answered 500.");
    expect(deliveryErrorForEveryone("Could not reach the receiver (getaddrinfo ENOTFOUND internal.corp.example).")).toBe("Could not reach the receiver.");
  });
});
