"""The pages of `kg serve` and the interactive views in a real headless browser (Debian's
chromium, driven by Playwright): what a person sees and clicks. Screenshots are saved in
test-artifacts/. Where chromium is missing (`make test` installs it) the tests are skipped
with a loud message."""

import shutil
import warnings
from pathlib import Path

import pytest

from kg.exporting import write_view
from kg.views import actor_target, statements

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTEFACTS = Path(__file__).parent.parent / "test-artifacts"
# flags for a closed network: no background connections, no sandbox as root (see the env notes)
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

if CHROMIUM is None:
    warnings.warn("BROWSER TESTS SKIPPED: chromium is not installed (make test installs it with apt-get)")
    pytest.skip("chromium is not installed: run make test (it installs Debian's chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    """A page that fails the test on a script error and saves a screenshot when done."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    ARTEFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTEFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    assert errors == []


def test_the_actor_page_of_lavrov_shows_his_six_statements(kg_server, page):
    page.goto(f"{kg_server}/actor/sergey-lavrov")
    assert page.locator("h1").inner_text() == "Sergey Lavrov"
    assert page.locator("table.statements tr").count() == 1 + 6
    assert "6 statements" in page.locator("#statement-count").inner_text()


def test_a_search_for_rubio_reaches_his_page(kg_server, page):
    page.goto(kg_server)
    page.fill("input[name=q]", "Rubio")
    page.press("input[name=q]", "Enter")
    page.click("text=Marco Rubio")
    assert page.locator("h1").inner_text() == "Marco Rubio"
    assert page.locator("table.statements tr").count() == 1 + 5


def test_the_document_page_highlights_seven_spans_linked_to_their_statements(kg_server, page):
    page.goto(f"{kg_server}/document/lavrov-rubio-2025-09-24.txt")
    assert page.locator("mark.span").count() == 7
    page.click("mark.oppose")
    assert page.locator("h1").inner_text() == "Statement"
    assert "unacceptable" in page.locator("dl.fields").inner_text()


def test_the_interactive_actor_target_view_draws_every_node_and_filters_by_stance(kg_server, page):
    page.goto(f"{kg_server}/view/actor-target")
    page.wait_for_function("window.kgView !== undefined")
    assert page.locator("#network canvas").count() == 1
    assert page.evaluate("kgView.nodes.length") == 4  # Lavrov, Europe, Ukraine, the United States
    assert page.locator("#shown").inner_text() == "4 of 4 nodes shown"
    page.uncheck("input.stance[value=oppose]")
    assert page.locator("#shown").inner_text() == "2 of 4 nodes shown"  # Lavrov → the United States
    assert [t.inner_text() for t in page.locator(".legend span").all()] == ["actor", "support", "oppose"]


def test_the_query_page_runs_a_packaged_query_from_its_form(kg_server, page):
    page.goto(f"{kg_server}/query")
    page.select_option("select[name=name]", "statements-by-actor")
    page.wait_for_selector("#params")
    page.fill("input[name='p.actor']", "Marco Rubio")
    page.click("#params button")
    assert page.locator("table.results tr").count() == 1 + 5
    assert page.locator("text=Download CSV").count() == 1


def test_a_view_file_works_with_the_network_off(tmp_path, page, vocabulary):
    from kg.building import build
    from kg.store import open_store
    from tests.conftest import SEED_TEXT

    with open_store("memory") as store:
        build([SEED_TEXT], store, vocabulary)
        files = {name: tmp_path / f"{name}.html" for name in ("actor-target", "statements")}
        write_view(actor_target(store, vocabulary), str(files["actor-target"]))
        write_view(statements(store, vocabulary), str(files["statements"]))
    requested: list[str] = []
    page.route("**/*", lambda route: (requested.append(route.request.url), route.abort()
                                      if not route.request.url.startswith("file:") else route.continue_()))
    page.goto(files["statements"].as_uri())
    page.wait_for_function("window.kgView !== undefined")
    assert page.evaluate("kgView.nodes.length") == 14 and page.locator("#network canvas").count() == 1
    page.fill("#find", "Marco Rubio")
    page.dispatch_event("#find", "change")
    assert "Marco Rubio" in page.locator("#details").inner_text()
    page.select_option("#topic", "russia-us-relations")
    assert page.locator("#shown").inner_text() != "14 of 14 nodes shown"
    assert [u for u in requested if not u.startswith("file:")] == []


def test_an_italian_view_speaks_italian(tmp_path, page, vocabulary):
    from kg.building import build
    from kg.store import open_store
    from kg.views import Filters
    from tests.conftest import SEED_TEXT

    with open_store("memory") as store:
        build([SEED_TEXT], store, vocabulary)
        write_view(actor_target(store, vocabulary, Filters(lang="it")), str(tmp_path / "it.html"))
    page.goto((tmp_path / "it.html").as_uri())
    page.wait_for_function("window.kgView !== undefined")
    assert page.locator("h1").inner_text() == "Chi elogia e chi critica chi"
    assert page.locator("#shown").inner_text() == "4 nodi su 4 mostrati"
    assert "Trova" in page.locator(".controls").inner_text() and "favorevole" in page.locator(".controls").inner_text()
    assert [t.inner_text() for t in page.locator(".legend span").all()] == ["attore", "favorevole", "contrario"]
