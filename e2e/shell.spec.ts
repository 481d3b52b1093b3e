import { expect, test } from "@playwright/test";
import { asRole, testAs } from "./support/stored-session";

test.describe("at 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 }, ...asRole("developer") });

  test("the menu button opens the navigation and nothing overflows sideways", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("button", { name: "Menu", exact: true });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("link", { name: "Activity" })).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Connections" })).toBeVisible();
    await nav.getByRole("link", { name: "Activity" }).click();
    await expect(page).toHaveURL(/\/activity$/);
    await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Connections" })).toBeHidden();
  });
});

testAs("support")("the keyboard reaches the skip link and the navigation, with a visible focus ring", async ({ page }) => {
  await page.goto("/");
  const outline = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  expect(await outline()).toBe("solid 2px");

  const nav = page.getByRole("navigation", { name: "Main" });
  const apps = nav.getByRole("link", { name: "Apps" });
  for (let i = 0; i < 10 && !(await apps.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(apps).toBeFocused();
  expect(await outline()).toBe("solid 2px");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/apps$/);
  await expect(nav.getByRole("link", { name: "Apps" })).toHaveAttribute("aria-current", "page");
});
