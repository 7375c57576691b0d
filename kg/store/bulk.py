"""New documents into the embedded store: spooled to a file, handed to Oxigraph's bulk loader in
batches with a manifest, and recovered after a crash (see `BulkLoading.put_document`)."""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TextIO

import pyoxigraph
from rdflib import URIRef

from kg.errors import KgError
from kg.namespaces import KG
from kg.rdf import DocumentTriples

LOADING_FILE = "kg-loading.txt"  # the documents of a bulk load under way (see GraphStore.put_document)
SPOOL_FILE = "kg-spool.nq"  # the quads of the documents of the next bulk load
LOADING_SPOOL_FILE = "kg-spool-loading.nq"  # the quads of the bulk load under way
# Triples per bulk load: small loads let the store compact in the background while kg works,
# but every load makes it rewrite what it holds, so batches grow with what this process loaded
# (measured: 100k statements 44 s with 50k-triple batches, 54 s with 1M; 1M statements 1,045 s
# with 50k, 583 s with 1M).
BATCH_TRIPLES = 50_000
BATCH_GROWTH = 16  # a batch is at least a sixteenth of what was loaded before it
BATCH_LIMIT = 2_000_000


class BulkLoading:
    """The bulk-loading half of `GraphStore` (its fields: oxigraph, location, spool, spooled,
    spooled_triples, loaded_triples, loader, loading, finished)."""

    oxigraph: pyoxigraph.Store | None
    location: str
    spool: TextIO | None
    spooled: list[tuple[str, str]]
    spooled_triples: int
    loaded_triples: int
    loader: ThreadPoolExecutor | None
    loading: Future | None
    finished: list[tuple[str, KgError | None]]

    def _replace(self, name: URIRef, ntriples: str, vocabulary_ntriples: str = "") -> None:
        raise NotImplementedError

    def put_document(self, document: DocumentTriples) -> list[tuple[str, KgError | None]]:
        """Store a document in place of the graph of the same IRI, now or with the next batch;
        the outcome (IRI, the error that refused it or None) of each document stored meanwhile.

        Embedded, a changed document is replaced by one update (one transaction). New ones are
        spooled to a file and handed to Oxigraph's bulk loader in batches (see `BATCH_TRIPLES`),
        which loads each in a thread of its own while kg maps the next (Oxigraph lets Python
        run meanwhile). The bulk loader is not transactional, so the documents' content hashes
        — the manifest of what is stored — are added after their triples, in one transaction,
        and a file names the batch meanwhile: opening a store after a crash drops that batch's
        graphs that have no hash. Either way a crash leaves whole documents only.
        """
        name = str(document.iri)
        if self.oxigraph is None or self.oxigraph.contains_named_graph(pyoxigraph.NamedNode(name)):
            try:
                self._replace(document.iri, document.ntriples(), document.vocabulary_ntriples())
                self.finished.append((name, None))
            except SyntaxError as exc:
                self.finished.append((name, _refused(name, exc)))
            return self._told()
        if self.spool is None:
            self.spool = open(Path(self.location) / SPOOL_FILE, "w", encoding="utf-8")
        manifest = document.manifest_line()
        self.spool.write(document.nquads(without=manifest))
        self.spooled.append((str(document.iri), manifest))
        self.spooled_triples += len(document.lines)
        batch = min(BATCH_LIMIT, max(BATCH_TRIPLES, self.loaded_triples // BATCH_GROWTH))
        if self.spooled_triples >= batch:
            self._start_bulk_load()
        return self._told()

    def flush_documents(self) -> list[tuple[str, KgError | None]]:
        """Store the spooled documents (see `put_document`), wait for every bulk load and write
        what is stored to disk (Oxigraph's own flushes lag: a crash right after a build would
        lose manifests, and their documents be built again); the outcomes of the documents
        stored meanwhile."""
        self._start_bulk_load()
        self._wait_for_bulk_load()
        if self.oxigraph is not None:
            self.oxigraph.flush()
        return self._told()

    def drop_spooled_documents(self) -> None:
        """Forget the documents spooled for the next bulk load (a Ctrl-C may have stopped the
        spooling of one half-way: its quads written, its manifest not listed), and their file."""
        if self.spool is not None:
            self.spool.close()
            (Path(self.location) / SPOOL_FILE).unlink(missing_ok=True)
        self.spool, self.spooled, self.spooled_triples = None, [], 0

    def _told(self) -> list[tuple[str, KgError | None]]:
        told, self.finished = self.finished, []
        return told

    def _start_bulk_load(self) -> None:
        """Hand the spooled documents to the bulk loader, once the previous batch is stored (the
        marker file names one batch)."""
        if self.spool is None:
            return
        self._wait_for_bulk_load()
        folder = Path(self.location)
        self.spool.close()
        os.replace(folder / SPOOL_FILE, folder / LOADING_SPOOL_FILE)
        with open(folder / LOADING_FILE, "w", encoding="utf-8") as marker:
            marker.write("".join(f"{iri}\n" for iri, _ in self.spooled))
            marker.flush()
            os.fsync(marker.fileno())
        self.loaded_triples += self.spooled_triples
        spooled, self.spool, self.spooled, self.spooled_triples = self.spooled, None, [], 0
        self.loader = self.loader or ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-bulk-load")
        self.loading = self.loader.submit(self._load, spooled)

    def _wait_for_bulk_load(self) -> None:
        """Wait for the bulk load under way, if any (before any other write: Oxigraph's bulk
        loader is not transactional); keep its outcomes to tell, raise its errors."""
        loading, self.loading = self.loading, None
        if loading is not None:
            self.finished.extend(loading.result())

    def _load(self, spooled: list[tuple[str, str]]) -> list[tuple[str, KgError | None]]:
        """Bulk-load a batch, then its manifest (in the loader's thread); each document's outcome."""
        folder = Path(self.location)
        try:
            self.oxigraph.bulk_load(path=str(folder / LOADING_SPOOL_FILE), format=pyoxigraph.RdfFormat.N_QUADS)
            self.oxigraph.load("".join(manifest for _, manifest in spooled), format=pyoxigraph.RdfFormat.N_QUADS)
            outcomes: list[tuple[str, KgError | None]] = [(iri, None) for iri, _ in spooled]
        except SyntaxError:  # find the document at fault: load each alone, in a transaction
            recover(self.oxigraph, folder / LOADING_FILE)
            outcomes = self._load_one_by_one(folder / LOADING_SPOOL_FILE, dict(spooled))
        except OSError as exc:  # the marker stays: the next opening drops the batch's graphs
            raise KgError(f"the store could not take {len(spooled)} document(s): {exc}", self.location,
                          "free disk space (or fix what the message names) and build again; "
                          "documents already stored are skipped as unchanged") from exc
        (folder / LOADING_FILE).unlink(missing_ok=True)
        (folder / LOADING_SPOOL_FILE).unlink()
        return outcomes

    def compact(self) -> None:
        """Rewrite the embedded store's files into few large ones, for queries that look many
        statements up one by one (what `build` does after a large addition)."""
        if self.oxigraph is not None:
            self._wait_for_bulk_load()
            self.oxigraph.optimize()

    def _load_one_by_one(self, spool: Path, manifests: dict[str, str]) -> list[tuple[str, KgError | None]]:
        lines: dict[str, list[str]] = {}
        with open(spool, encoding="utf-8") as quads:
            for line in quads:
                lines.setdefault(line.rsplit("<", 1)[1].split(">", 1)[0], []).append(line)
        outcomes: list[tuple[str, KgError | None]] = []
        for iri, manifest in manifests.items():
            try:
                self.oxigraph.load("".join(lines.get(iri, [])) + manifest, format=pyoxigraph.RdfFormat.N_QUADS)
                outcomes.append((iri, None))
            except SyntaxError as exc:
                outcomes.append((iri, _refused(iri, exc)))
        return outcomes


def recover(oxigraph: pyoxigraph.Store, marker: Path) -> None:
    """Drop the graphs of an interrupted bulk load that have no content hash (are incomplete)."""
    if not marker.is_file():
        return
    content_hash = pyoxigraph.NamedNode(str(KG.contentHash))
    for line in marker.read_text(encoding="utf-8").splitlines():
        graph = pyoxigraph.NamedNode(line)
        if not any(oxigraph.quads_for_pattern(graph, content_hash, None, graph)):
            oxigraph.remove_graph(graph)
    marker.unlink()


def _refused(iri: str, exc: Exception) -> KgError:
    return KgError(f"the store refused the document's triples: {exc}", iri, "report this with the input that caused it")
