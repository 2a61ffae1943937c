// dashboard.mjs - the dashboard as a person uses it, in Debian's headless
// Chromium driven by playwright-core: sign in, switch language, sort and
// filter a table, open a zone, upload a bad and a good CSV, run a
// regression, run a forecast, assess, sort the zones' indicator system and
// open a zone from it, sign out.  Screenshots go to $SHOTS.
// Env: SB40_URL, SB40_LOGIN, SB40_PASSWORD, SHOTS, SB40_SOURCE.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";

const url = process.env.SB40_URL, shots = process.env.SHOTS, src = process.env.SB40_SOURCE;
let passed = 0, failed = 0;
function check(what, cond, detail) {
  if (cond) passed++;
  else { failed++; console.error(`FAIL: ${what}${detail !== undefined ? `: ${detail}` : ""}`); }
}
const shot = (page, name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const errors = [];
try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "uz-UZ" });
  const page = await ctx.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  // 401 and 422 answers are expected (wrong password, bad file): only script and CSP errors count
  page.on("console", (m) => { if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text()); });

  // sign in (the default language is Uzbek, Latin script)
  await page.goto(`${url}/zones`);
  check("redirected to sign-in", page.url().startsWith(`${url}/login?next=/zones`), page.url());
  check("sign-in page in Uzbek", (await page.textContent("h1")) === "Kirish");
  await page.fill("input[name=login]", "wrong");
  await page.fill("input[name=password]", "wrong-password");
  await page.click("button[type=submit]");
  check("wrong password shown", (await page.textContent("p.error")).includes("notoʻgʻri"));
  await shot(page, "01-login-error");
  await page.fill("input[name=login]", process.env.SB40_LOGIN);
  await page.fill("input[name=password]", process.env.SB40_PASSWORD);
  await page.click("button[type=submit]");
  await page.waitForURL(`${url}/zones`);
  check("back where we were going", page.url() === `${url}/zones`);

  // overview, then Russian
  await page.click("nav.main a[href='/']");
  check("overview in Uzbek", (await page.textContent("h1")) === "Umumiy koʻrinish");
  check("overview has charts", (await page.locator("svg.chart").count()) >= 2);
  await shot(page, "02-overview-uz");
  await page.click(".langs a[hreflang=ru]");
  check("overview in Russian", (await page.textContent("h1")) === "Обзор");
  check("Russian numbers", (await page.textContent(".kpis")).includes("40,5 га"));
  await shot(page, "03-overview-ru");

  // zones: the language sticks (cookie); sort and filter the table
  await page.click("nav.main a[href='/zones']");
  check("zones in Russian", (await page.textContent("h1")) === "Зоны");
  const firmsCol = async () => page.$$eval("#zones tbody tr:not([hidden]) td:nth-child(7)",
    (tds) => tds.map((t) => t.getAttribute("data-v")).filter((v) => v !== "").map(Number));
  await page.click("#zones thead th:nth-child(7)");
  let v = await firmsCol();
  check("sorted ascending", v.length > 3 && v.every((x, i) => i === 0 || v[i - 1] <= x), v.join(","));
  await page.click("#zones thead th:nth-child(7)");
  v = await firmsCol();
  check("sorted descending", v.every((x, i) => i === 0 || v[i - 1] >= x), v.join(","));
  check("aria-sort set", (await page.getAttribute("#zones thead th:nth-child(7)", "aria-sort")) === "descending");
  await shot(page, "04-zones-sorted");
  await page.fill("input.filter", "chilanzor");
  check("filter", (await page.locator("#zones tbody tr:not([hidden])").count()) === 2);
  await page.fill("input.filter", "");

  // a zone's page
  await page.click("#zones a[href='/zones/TK-BEKTEMIR']");
  check("zone page", (await page.textContent("h1")) === "Bektemir");
  check("zone chart", (await page.locator("svg.chart path").count()) >= 1);
  check("obligations table", (await page.locator("section.card table.sortable tbody tr").count()) >= 2);
  await shot(page, "05-zone");

  // English from here; upload a bad file, then a good one with confirmation
  await page.click(".langs a[hreflang=en]");
  await page.click("nav.main a[href='/data']");
  await page.selectOption("select[name=kind]", "observations");
  await page.setInputFiles("input[type=file]", { name: "bad.csv", mimeType: "text/csv",
    buffer: Buffer.from("entity,indicator,period,value\nzone:TK-BEKTEMIR,workers,2025,many\n") });
  await page.click("form[action='/data/import'] button[type=submit]");
  check("bad file error placed", (await page.textContent("td.place")) === "bad.csv:2:4");
  check("bad file message", (await page.textContent("table.errors tbody td:nth-child(2)")) === 'expected a number, got "many"');
  await shot(page, "06-upload-error");
  await page.setInputFiles("input[type=file]", { name: "good.csv", mimeType: "text/csv",
    buffer: Buffer.from("entity,indicator,period,value,source\nzone:TK-BEKTEMIR,workers,2025,455,browser\n") });
  await page.click("form[action='/data/import'] button[type=submit]");
  check("dry run offers confirmation", (await page.locator("input[name=confirm]").count()) === 1);
  await shot(page, "07-upload-dry-run");
  await page.click("section.card.ok button[type=submit]");
  check("imported", (await page.textContent("section.card.ok p")).startsWith("Imported."));
  await page.goto(`${url}/data/history?entity=zone:TK-BEKTEMIR&indicator=workers&period=2025`);
  check("history shows the revision", (await page.locator("table.data tbody tr").count()) === 2);
  await shot(page, "08-history");

  // regression
  await page.click("nav.main a[href='/regression']");
  await page.setInputFiles("input[type=file]", `${src}/tests/data/regress/engel.csv`);
  await page.click("form[action='/regression'] button[type=submit]");
  await page.check("input[name=y][value=foodexp]");
  await page.check("input[name=x][value=income]");
  await page.click("form.stack button[type=submit]");
  check("coefficients", (await page.textContent("table.coef tbody")).includes("0.485178"));
  await shot(page, "09-regression");

  // run a forecast of a stored series
  await page.click("nav.main a[href='/forecast']");
  check("forecast page", (await page.textContent("h1")) === "Forecast");
  await page.selectOption("select[name=series]", "zone:TK-BEKTEMIR|enterprises");
  await page.fill("input[name=horizon]", "4");
  await page.click("#fcform button[type=submit]");
  check("forecast chart", (await page.locator("section.forecast .fanchart svg").count()) === 1);
  check("forecast table", (await page.locator("table.fc tbody tr").count()) === 4);
  check("backtest shown", (await page.locator("section.forecast dd.smape").count()) === 1);
  check("download links", (await page.locator("a[href^='/forecast.xlsx?']").count()) === 1);
  await shot(page, "10-forecast");

  // the digital-maturity questionnaire, filled in as a firm's consultant
  // does, in Russian, then its result with the radar
  await page.click("nav.main a[href='/assess']");
  await page.click(".langs a[hreflang=ru]");
  check("assessments in Russian", (await page.textContent("h1")) === "Оценки");
  await page.click("a[href='/assess/maturity']");
  check("questionnaire in Russian", (await page.textContent("h1")) === "Оценка цифровой зрелости");
  await page.fill("input[name=name]", "Chilonzor Tikuv MChJ");
  await page.fill("input[name=region]", "UZ-TK");
  await page.fill("input[name=zone]", "TK-CHILANZOR-1");
  await page.fill("input[name=sector]", "14.13");
  const answers = { automation: 2, connectivity: 3, online_sales: 1, product_life_cycle: 2,
    internet_iot: 1, cloud: 2, robotisation: 1, printing_3d: "na", integration: 1,
    modelling_forecasting: 1, artificial_intelligence: 0, marketing: 2, advertising: 2 };
  for (const [block, level] of Object.entries(answers))
    await page.click(`label.level:has(input[name=a_${block}][value="${level}"])`);
  await page.selectOption("select[name=t_robotisation]", "2");
  await page.selectOption("select[name=t_artificial_intelligence]", "2");
  check("a level's description beside its button",
    (await page.textContent("label.level:has(input[name=a_cloud][value='0'])")).includes("Облачные сервисы"));
  await shot(page, "11-maturity-form");
  await page.click("form.assess button[type=submit]");
  await page.waitForURL(/\/assess\/[0-9]+$/);
  check("maturity result", (await page.textContent(".sb40-report h1")) === "Оценка цифровой зрелости");
  check("overall index as documented", (await page.textContent(".sb40-report")).includes("35,9 / 100"));
  check("radar chart", (await page.locator(".sb40-report svg polygon").count()) >= 3);
  check("comparison with peers", (await page.locator(".sb40-report li.peer-zone").count()) === 1);
  await shot(page, "12-maturity-result");

  // the imitative-innovation assessment through its structured form (still
  // in Russian), filled in as docs/examples/innovation.json: a few more
  // sales rows first, the pairwise grid, then its result
  const ex = JSON.parse(readFileSync(`${src}/docs/examples/innovation.json`, "utf8"));
  await page.click("nav.main a[href='/assess']");
  await page.click("a[href='/assess/innovation']");
  check("innovation form in Russian", (await page.textContent("#f-g_crit legend")) === "Критерии выбора");
  check("the JSON document still offered", (await page.locator("details.advanced textarea[name=document]").count()) === 1);
  const f = ex.firm;
  for (const k of ["name", "tin", "region", "zone", "sector"]) await page.fill(`input[name=${k}]`, f[k]);
  for (const [k, v] of Object.entries(f.capabilities)) await page.selectOption(`select[name=cap_${k}]`, String(v));
  for (const [g, rows] of Object.entries(ex.swot))
    for (const [i, r] of rows.entries()) {
      await page.fill(`input[name=${g}_${i}_factor]`, r.factor);
      await page.fill(`input[name=${g}_${i}_weight]`, String(r.weight).replace(".", ","));
      await page.selectOption(`select[name=${g}_${i}_rating]`, String(r.rating));
    }
  await page.fill("input[name=product]", ex.market.product);
  await page.selectOption("select[name=imitation_type]", ex.market.imitation_type);
  await page.click("button[name=more][value=sales]");
  check("add rows: 13 sales rows", (await page.locator("input[name$=_period]").count()) === 13);
  check("add rows: values kept", (await page.inputValue("input[name=strengths_1_weight]")) === "0,15" &&
    (await page.inputValue("select[name=imitation_type]")) === ex.market.imitation_type);
  for (const [i, s] of ex.market.sales.entries()) {
    await page.fill(`input[name=sales_${i + 2}_period]`, s.period);   // two blank rows first
    await page.fill(`input[name=sales_${i + 2}_value]`, String(s.value));
  }
  const names = ex.criteria.map((c) => c.name);
  for (const [i, c] of ex.criteria.entries()) {
    await page.fill(`input[name=crit_${i}_name]`, c.name);
    await page.selectOption(`select[name=crit_${i}_direction]`, c.direction);
    await page.fill(`input[name=crit_${i}_description]`, c.description);
  }
  check("criteria names head the score columns as typed",
    (await page.textContent("table.cand th[data-crit='3']")) === names[3] &&
    (await page.textContent("#f-g_pw thead th[data-crit='5']")) === names[5]);
  check("grid closed while weights are given", (await page.getAttribute("#f-g_pw", "open")) === null);
  await page.check("input[name=weighting][value=pairwise]");
  check("choosing pairwise opens the grid", (await page.getAttribute("#f-g_pw", "open")) !== null);
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) await page.fill(`input[name=pw_${i}_${j}]`, String(ex.pairwise[i][j]));
  for (const [i, c] of ex.candidates.entries()) {
    await page.fill(`input[name=cand_${i}_name]`, c.name);
    await page.selectOption(`select[name=cand_${i}_property]`, c.property);
    if (c.description) await page.fill(`input[name=cand_${i}_description]`, c.description);
    for (const [k, n] of names.entries()) await page.fill(`input[name=cand_${i}_score_${k}]`, String(c.scores[n]));
  }
  // a bad weight first: the field is marked, the rest kept
  await page.fill("input[name=threats_2_weight]", "0.1.0");
  await page.click("form#innovform button.go");
  check("bad weight marked", (await page.getAttribute("input[name=threats_2_weight]", "aria-invalid")) === "true");
  check("bad weight: message beside it", (await page.textContent("#ferr")).includes("0.1.0"));
  check("bad weight: the rest kept", (await page.inputValue("input[name=pw_0_5]")) === "4" &&
    (await page.inputValue("input[name=sales_10_value]")) === "58.3");
  await shot(page, "16-innovation-form-error");
  await page.fill("input[name=threats_2_weight]", "0.10");
  await page.click("form#innovform button.go");
  await page.waitForURL(/\/assess\/[0-9]+$/);
  check("innovation result", (await page.textContent(".sb40-report h1")) === "Оценка имитационной инновации");
  const stored = await (await page.request.get(`${url}/api/v1/assessments/${page.url().split("/").pop()}`)).json();
  check("stored as the example is", stored.result.verdict === "go" && stored.result.winner === ex.candidates[0].name &&
    stored.result.strategic_position.cell === 5 && stored.input.market.sales.length === 9,
    JSON.stringify(stored.result.strategic_position));
  await shot(page, "17-innovation-result");

  // zone monitoring (still in Russian): the indicator system sorted by the
  // composite index, then the zone with the lowest index
  await page.click("nav.main a[href='/zones']");
  check("indicator system in Russian", (await page.textContent("#zind")) !== null &&
    (await page.textContent("section.card h2:has-text('Система показателей')")) !== null);
  check("ranking chart", (await page.locator("svg.chart.rank rect").count()) >= 8);
  const indexCol = async () => page.$$eval("#zind tbody tr td:nth-child(4)",
    (tds) => tds.map((t) => t.getAttribute("data-v")).filter((x) => x !== "").map(Number));
  await page.click("#zind thead th:nth-child(4)");
  v = await indexCol();
  check("indicator table sorted by the index", v.length === 8 && v.every((x, i) => i === 0 || v[i - 1] <= x), v.join(","));
  check("aria-sort on the index", (await page.getAttribute("#zind thead th:nth-child(4)", "aria-sort")) === "ascending");
  const lowest = (await page.textContent("#zind tbody tr:first-child td:nth-child(2)")).trim();
  await shot(page, "13-zones-indicators");
  await page.click("#zind tbody tr:first-child td:first-child a");
  check("zone page of the lowest index", (await page.textContent("h1")) === lowest, lowest);
  check("forecast links", (await page.locator("a.fc[href^='/forecast?entity=zone:']").count()) >= 1);
  check("derived indicators", (await page.locator("table.derived tbody tr").count()) === 7);
  check("zone findings card", (await page.locator("section.findings").count()) === 1);
  await shot(page, "14-zone-monitoring");

  // users, then sign out
  await page.click("nav.main a[href='/users']");
  check("users listed", (await page.locator("table.data tbody tr").count()) >= 1);
  await shot(page, "15-users");
  await page.click("header .who button");
  await page.waitForURL(`${url}/login`);
  await page.goto(`${url}/`);
  check("signed out", page.url().startsWith(`${url}/login`));
  check("no script or CSP errors", errors.length === 0, errors.join(" | "));
} catch (e) {
  failed++;
  console.error(`FAIL: ${e.stack || e}`);
} finally {
  await browser.close();
}
writeFileSync(`${shots}/result.txt`, `${passed} passed, ${failed} failed\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
