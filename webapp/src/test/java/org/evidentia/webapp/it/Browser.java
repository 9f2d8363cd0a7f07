package org.evidentia.webapp.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, headless. Where the browser is required (CI sets {@code
 * evidentia.browser.required=true}) a missing browser fails the tests instead of skipping them.
 *
 * <p>Every page opened here reports what the Content Security Policy blocked; {@link #close()}
 * fails the journeys of a class if anything was (a script or handler the policy stops is a page
 * that silently no longer works).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM =
      Path.of(System.getProperty("evidentia.chromium", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;
  private final List<String> cspViolations = Collections.synchronizedList(new ArrayList<>());

  /** Injected into every document before its own scripts; the page's policy does not apply. */
  private static final String REPORT_VIOLATIONS =
      "document.addEventListener('securitypolicyviolation', e => window.__cspViolation("
          + "e.effectiveDirective + ' blocked ' + (e.blockedURI || '?') + ' in ' + e.sourceFile"
          + " + ':' + e.lineNumber + ' ' + (e.sample || '')));";

  private Browser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  static Browser start() {
    if (!Files.isExecutable(CHROMIUM)) {
      if (Boolean.getBoolean("evidentia.browser.required")) {
        throw new IllegalStateException(
            "Chromium is required but missing at " + CHROMIUM + " (apt-get install chromium)");
      }
      Assumptions.abort("Chromium not installed at " + CHROMIUM + "; browser tests skipped");
    }
    // A loaded 2-core CI machine answers slower than a laptop: wait as long for a page to show
    // something as for an action to happen.
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    return new Browser();
  }

  /** A fresh browser profile: its own cookies, so each journey starts logged out. */
  Page newPage() {
    BrowserContext context = browser.newContext(new NewContextOptions().setLocale("en-GB"));
    context.setDefaultTimeout(15_000);
    context.exposeBinding(
        "__cspViolation",
        (source, args) -> {
          cspViolations.add(source.page().url() + ": " + args[0]);
          return null;
        });
    context.addInitScript(REPORT_VIOLATIONS);
    // Chromium also says so on the console, also for what happens before the listener exists.
    context.onConsoleMessage(
        message -> {
          if (message.text().contains("Content Security Policy")) {
            cspViolations.add(
                (message.page() == null ? "?" : message.page().url()) + ": " + message.text());
          }
        });
    return context.newPage();
  }

  /** What the Content Security Policy blocked on any page of this browser so far. */
  List<String> cspViolations() {
    synchronized (cspViolations) {
      return List.copyOf(cspViolations);
    }
  }

  /** What was blocked so far, forgotten here: for a test that provokes it on purpose. */
  List<String> takeCspViolations() {
    synchronized (cspViolations) {
      List<String> taken = List.copyOf(cspViolations);
      cspViolations.clear();
      return taken;
    }
  }

  /** Closes the browser; fails if the policy blocked anything on any page it showed. */
  @Override
  public void close() {
    browser.close();
    playwright.close();
    List<String> blocked = cspViolations();
    if (!blocked.isEmpty()) {
      throw new AssertionError(
          "the Content Security Policy blocked:\n  " + String.join("\n  ", blocked));
    }
  }

  /**
   * Picks an option of a PrimeFaces select menu and waits until the menu shows it. On a loaded
   * machine the widget may not be wired yet at the first click; a person would click again.
   */
  static void choose(Page page, String menuId, String label) {
    String id = "#" + menuId.replace(":", "\\:");
    for (int attempt = 1; ; attempt++) {
      page.click(id);
      page.click(id + "_items li[data-label=\"" + label + "\"]");
      try {
        assertThat(page.locator(id + "_label"))
            .hasText(label, new LocatorAssertions.HasTextOptions().setTimeout(4_000));
        return;
      } catch (AssertionError notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
  }

  /**
   * Opens a dialog and waits until it has put the focus on its first field, which it does a moment
   * after showing: typing before that would land in the wrong field. Clicks again if the page's
   * script was not wired yet.
   */
  static void openDialog(Page page, String button, String firstField) {
    for (int attempt = 1; ; attempt++) {
      page.click(button);
      // A slow answer must arrive before anything else: clicking again, or typing, while it is on
      // its way lets it re-render the form over what was typed.
      settle(page);
      try {
        assertThat(page.locator(firstField))
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(4_000));
        settle(page);
        return;
      } catch (AssertionError notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
  }

  /**
   * Chooses a file for a PrimeFaces upload widget and sends it. The choice is retried when the
   * widget's script was not wired yet (the file row then never appears); done when the widget has
   * handed the answer to the page and emptied its list.
   *
   * @param widget the widget's client id, escaped for CSS, e.g. {@code #newEvidence\\:file}
   */
  static void upload(Page page, String widget, Path file) {
    com.microsoft.playwright.Locator row = page.locator(widget + " .ui-fileupload-row");
    for (int attempt = 1; ; attempt++) {
      page.setInputFiles(widget + "_input", file);
      try {
        assertThat(row).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(4_000));
        break;
      } catch (AssertionError notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
    page.click(widget + " .ui-fileupload-upload");
    assertThat(row).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
  }

  /**
   * Waits until no PrimeFaces request of the page is pending (pages without PrimeFaces: at once).
   */
  static void settle(Page page) {
    page.waitForFunction(
        "() => !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue)"
            + " || PrimeFaces.ajax.Queue.isEmpty()");
  }

  /** A fresh browser profile logged in as a demo account, on the dashboard. */
  Page loggedIn(String baseUrl, String username) {
    Page page = newPage();
    page.navigate(baseUrl.replaceAll("/?$", "/") + "login.xhtml");
    page.fill("#login\\:username", username);
    page.fill("#login\\:password", Api.DEMO_PASSWORD);
    page.click("#login\\:submit");
    assertThat(page.locator("#dashboardTitle")).isVisible();
    return page;
  }

  /**
   * Presses a button guarded by a PrimeFaces confirmation dialog and confirms. Clicks again if the
   * dialog did not open (the page's script was not wired yet).
   */
  static void confirm(Page page, String button, String yes) {
    for (int attempt = 1; ; attempt++) {
      page.click(button);
      settle(page);
      try {
        assertThat(page.locator(yes))
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(4_000));
        break;
      } catch (AssertionError notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
    page.click(yes);
  }

  /**
   * Types a date last before saving: the date picker gives focus back to its input a moment after
   * its overlay closes, which would swallow text meant for the next field.
   */
  static void typeDate(Page page, String inputId, String value) {
    page.fill("#" + inputId.replace(":", "\\:"), value);
    page.keyboard().press("Escape");
  }
}
