import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CheckboxGroup } from "./checkbox-group";

// Settings → API keys (scopes) and Settings → Alerts (events) share this group; its error must reach
// screen readers through the fieldset, since no single box owns it.

const render = (error?: string) =>
  renderToStaticMarkup(
    createElement(CheckboxGroup, {
      legend: "Scopes",
      name: "scopes",
      options: [
        { value: "read", label: "read" },
        { value: "write", label: "write" },
      ],
      defaultValues: ["write"],
      error,
    }),
  );

describe("CheckboxGroup", () => {
  it("names the group with a legend, posts every box under one name, and ticks the defaults", () => {
    const html = render();
    expect(html).toMatch(/^<fieldset><legend[^>]*>Scopes<\/legend>/);
    const boxes = html.match(/<input [^>]*>/g) ?? [];
    expect(boxes).toHaveLength(2);
    expect(boxes.every((box) => box.includes('type="checkbox"') && box.includes('name="scopes"'))).toBe(true);
    expect(boxes.filter((box) => box.includes("checked")).map((box) => box.match(/value="(\w+)"/)?.[1])).toEqual(["write"]);
    expect(html).not.toContain("aria-describedby");
  });

  it("ties the error to the fieldset with aria-describedby", () => {
    const html = render("Choose at least one scope.");
    const describedBy = html.match(/<fieldset aria-describedby="([^"]+)"/)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`<p id="${describedBy}" class="mt-1 text-sm text-red-700 dark:text-red-400">Choose at least one scope.</p>`);
  });
});
