package vn.congdoan.cascade.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} package, driven through Debian's {@code chromedriver}
 * (never a downloaded browser), in Vietnamese and Vietnam time, as an officer sees Tasklist.
 * Screenshots go to {@code target/screenshots}, or to the folder in the system property
 * {@code cascade.screenshots} (the user guide's pictures: {@code -Dcascade.screenshots=docs/guide/images}).
 *
 * <p>Without Chromium the browser tests are skipped with a message, unless the environment variable
 * {@code CASCADE_TEST_REQUIRE_BROWSER=true} says they must run (CI), in which case they fail.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("cascade.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("cascade.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final Path screenshots;

  /** The desktop an officer's office has, and a phone (the sizes issue 15 asks the pages to work at). */
  public static final int[] DESKTOP = {1366, 768};
  public static final int[] PHONE = {390, 844};

  private Browser(String baseUrl, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=vi");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,vi-VN"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh", "LANGUAGE", "vi")).build();
    this.driver = new ChromeDriver(service, options);
    if (width < 500) {
      // Chromium's windows are at least 500 px wide: a phone's width is emulated
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(40));
    // Tasklist re-renders parts of the page now and then: an element found a moment ago can be gone
    this.wait.ignoring(StaleElementReferenceException.class);
    this.baseUrl = baseUrl;
    this.screenshots = Path.of(System.getProperty("cascade.screenshots", "target/screenshots"));
  }

  /** A browser on the application at the given port; skips (or, in CI, fails) the test without Chromium. */
  public static Browser open(int port) {
    return open(port, 1440, 1200);
  }

  /** A browser whose window has the given size in CSS pixels ({@link #DESKTOP}, {@link #PHONE}). */
  public static Browser open(int port, int[] size) {
    return open(port, size[0], size[1]);
  }

  private static Browser open(int port, int width, int height) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equalsIgnoreCase(System.getenv("CASCADE_TEST_REQUIRE_BROWSER"))) {
      throw new IllegalStateException("Browser tests must run but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(present, "Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
        + " are needed (Debian packages chromium and chromium-driver)");
    return new Browser("http://localhost:" + port, width, height);
  }

  public void get(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Logs in to Tasklist as the given demo officer (password "demo"); waits for the filter list. A login
   * that does not open Tasklist is tried once more, saying so in the test's output with what the page
   * showed: now and then the login page loses or misplaces what was typed.
   */
  public void loginToTasklist(String user) {
    for (int attempt = 1; ; attempt++) {
      if (tryLogin(user)) {
        return;
      }
      String page = pageText();
      if (attempt == 2) {
        throw new AssertionError("Tasklist did not open after logging in as " + user + "; the page shows: " + page);
      }
      System.out.println("Browser: logging in as " + user + " did not open Tasklist, trying again; the page showed: " + page);
    }
  }

  private boolean tryLogin(String user) {
    // leave the single-page app entirely, so that no in-memory login survives
    // cookies are deleted for the page's own site, so on the application's page (on about:blank the
    // session cookie survived now and then, and Tasklist opened logged in as the previous officer)
    get("/camunda/app/tasklist/");
    driver.manage().deleteAllCookies();
    ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    driver.get("about:blank");
    // and everything the browser keeps for the application, whatever its path: cookies, storage, cache (a login
    // page that did not show after another officer's session, now and then, came back with these cleared)
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
    get("/camunda/app/tasklist/#/login");
    By username = By.cssSelector("input[ng-model=username]");
    By password = By.cssSelector("input[ng-model=password]");
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(username));
    } catch (TimeoutException e) {
      // now and then the login page does not show (a session that survived, a page still loading on a busy
      // machine): the caller tries once more from the start
      return false;
    }
    // the login page focuses the name field itself, a moment after it shows: typing before that can send
    // the password's keys into the name field ("bvdk.chutichdemo"); wait for the focus, and check the
    // fields before sending the form
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(
          d -> Boolean.TRUE.equals(script("return document.activeElement === arguments[0];", d.findElement(username))));
    } catch (TimeoutException e) {
      // not focused by the page this time: the check of the typed values below still holds
    }
    for (int attempt = 1; ; attempt++) {
      WebElement name = driver.findElement(username);
      WebElement secret = driver.findElement(password);
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys("demo");
      if (user.equals(name.getDomProperty("value")) && "demo".equals(secret.getDomProperty("value"))) {
        break;
      }
      if (attempt == 3) {
        throw new IllegalStateException("The login form did not keep what was typed for " + user);
      }
      pause(500);
    }
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(25)).until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div.task-filter h4.name a")));
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /**
   * Opens a Tasklist filter by its name and waits until its task list is loaded; returns the steps of its
   * tasks (the names' first part: a task is named "step — unit — directive", see {@link #openFilterTitles}).
   */
  public List<String> openFilter(String name) {
    return openFilterTitles(name).stream().map(title -> title.split(" — ", 2)[0]).toList();
  }

  /** Opens a Tasklist filter by its name and returns its tasks' names as the cards show them. */
  public List<String> openFilterTitles(String name) {
    clickFresh(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[normalize-space(text()[1])='" + name + "']"));
    pause(1500);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("div.loader:not(.ng-hide)")));
    // read in the page in one step: Tasklist re-renders the list now and then, and an element read one
    // by one from here can go stale between two reads
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) script("return Array.from(document.querySelectorAll('ol.tasks-list li.task h4.task a'))"
        + ".map(a => a.innerText.trim());");
    return names;
  }

  /** Opens a task of the current list by its name, or the first whose name begins with the given step. */
  public void openTask(String name) {
    click(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(text())='" + name
        + "' or starts-with(normalize-space(text()),'" + name + " — ')]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details, [cam-tasklist-task]")));
    pause(1000);
  }

  /** Claims the open task (the "claim" link of Tasklist's task header) and waits for its form. */
  public void claim() {
    clickFresh(By.cssSelector("button.claim"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    pause(1000);
  }

  /** The input of a Camunda Form (form-js) field, found by its label. */
  public WebElement formField(String label) {
    WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.),'" + label + "')]")));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  /**
   * Types into a Camunda Form field and waits until the form holds the text (form-js re-renders on
   * every change, so a keystroke can arrive while a field is being replaced: then it types again).
   */
  public void fill(String label, String text) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement field = formField(label);
      field.clear();
      // and as a user clears it, so that the form sees the change (form-js listens to input events)
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      field.sendKeys(text);
      pause(300);
      if (text.equals(formField(label).getDomProperty("value"))) {
        return;
      }
    }
    throw new AssertionError("The form field '" + label + "' does not keep the text typed into it");
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Clicks the element as soon as it is clickable, finding it again if it was re-rendered meanwhile. */
  private void clickFresh(By by) {
    wait.until(d -> {
      WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
      if (element == null) {
        return false;
      }
      element.click();
      return true;
    });
  }

  /** Scrolls the element to the middle of the window (clear of Tasklist's footer), then clicks it. */
  public void click(By by) {
    wait.until(d -> {
      WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
      if (element == null) {
        return false;
      }
      script("arguments[0].scrollIntoView({block: 'center'});", element);
      element.click();
      return true;
    });
  }

  /** Presses Tasklist's "complete" button and waits until the task has left the list. */
  public void complete() {
    click(By.cssSelector(".form-actions button.btn-primary"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".form-actions button.btn-primary")));
    pause(1500);
  }

  public void waitForText(String text) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(normalize-space(.),'" + text + "')]")));
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves a screenshot of the browser window as {@code <name>.png}; returns the file. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Path target = screenshots.resolve(name + ".png");
      Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
