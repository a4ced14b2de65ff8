// Page object for the widget: what a person sees and does, in their words.
// Every wait is on a condition, never on time.
export class Widget {
  constructor(page, root = page.locator('.sr-root').first()) {
    this.page = page;
    this.root = root;
  }

  static async open(page, url) {
    await page.goto(url);
    const widget = new Widget(page);
    await widget.root.waitFor();
    return widget;
  }

  button(name) {
    return this.root.getByRole('button', { name });
  }

  heading(level) {
    return this.root.getByRole('heading', level ? { level } : {});
  }

  async click(name) {
    await this.button(name).click();
  }

  async chooseLanguage(label) {
    await this.root.getByRole('combobox').selectOption({ label });
  }

  /** Milliseconds from navigation start to the widget's first interactive screen. */
  async interactiveAt() {
    await this.page.waitForFunction(() => performance.getEntriesByName('sr-interactive').length > 0);
    return this.page.evaluate(() => performance.getEntriesByName('sr-interactive')[0].startTime);
  }
}
