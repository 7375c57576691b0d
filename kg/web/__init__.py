"""kg's web side: the pages and SPARQL endpoint of `kg serve` (kg.web.app) and the interactive
views (kg.web.interactive), from Jinja templates and files that ship with the package."""

from __future__ import annotations

from functools import cache

import jinja2


@cache
def environment() -> jinja2.Environment:
    from kg.web.interactive import page_of

    templates = jinja2.Environment(loader=jinja2.PackageLoader("kg.web", "templates"),
                                   autoescape=jinja2.select_autoescape(default=True), trim_blocks=True,
                                   lstrip_blocks=True)
    templates.globals["page_of"] = page_of  # an IRI of the store → its page, if it has one
    return templates


def render(template: str, **values: object) -> str:
    """A page from kg/web/templates, its values escaped."""
    return environment().get_template(template).render(**values)
