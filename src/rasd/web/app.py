"""The FastAPI application: server-rendered pages (right to left) and a JSON API over a store.

Every text from an article reaches HTML through Jinja2 with autoescaping, so an article that
contains ``<script>`` shows it as text; every query goes through the store's bound
parameters. The one write endpoint (``POST /api/articles``) asks for the token when the
server was given one.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from importlib import resources
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from rasd import __version__
from rasd.errors import RasdError
from rasd.ingest.ingest import Ingester
from rasd.ingest.records import Record
from rasd.pipeline import Pipeline
from rasd.store import ArticleInfo, Page, Store
from rasd.web.highlight import pieces

PAGE_SIZE = 20
# The tile server of the map page: any {z}/{x}/{y} URL; "" or "none" draws the offline map only.
MAP_POINTS = 1000  # the most counted places the map page draws (/api/map gives more)
LISTED_POINTS = 100  # and lists under the map
DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = "&copy; OpenStreetMap contributors"
_HERE = resources.files("rasd.web")


class NewArticle(BaseModel):
    """An article to analyze and store."""

    text: str = Field(min_length=1)
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


def _page_json(page: Page, limit: int, offset: int) -> dict[str, Any]:
    hits = []
    for hit in page.hits:
        item = asdict(hit)
        item["snippet"] = {
            "pieces": [{"text": t, "hit": h} for t, h in hit.snippet.pieces],
            "leading": hit.snippet.leading,
            "trailing": hit.snippet.trailing,
        }
        hits.append(item)
    return {
        "query": page.query,
        "total": page.total,
        "limit": limit,
        "offset": offset,
        "hits": hits,
    }


def _json(data: dict[str, Any]) -> Response:
    """``data`` (plain JSON types only) as a JSON response: the search endpoints skip
    FastAPI's generic encoder, which took a fifth of a search request's time."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Response(body.encode("utf-8"), media_type="application/json")


def create_app(
    store: Store,
    token: str | None = None,
    pipeline: Pipeline | None = None,
    tiles: str | None = DEFAULT_TILES,
    attribution: str = DEFAULT_ATTRIBUTION,
) -> FastAPI:
    """The web application over ``store``; ``token`` guards the write endpoint when given;
    ``tiles`` is the map's tile server URL (None, "" or "none": the offline map only)."""
    tile_url = None if not tiles or tiles.lower() == "none" else tiles

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Requests run in threads that share one interpreter lock: a few at a time finish
        # sooner than forty at once (the default), which only take turns with the lock.
        threads = int(os.environ.get("RASD_THREADS", "2"))
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="rasd",
        version=__version__,
        description="Search and read Arabic news analyzed by rasd: quotes, entities, places, "
        "quantities, dates and events, each pointing into its article's text.",
    )
    templates = Jinja2Templates(directory=str(_HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")
    app.state.store = store
    nlp: list[Pipeline] = [pipeline] if pipeline is not None else []

    def check_token(authorization: Annotated[str | None, Header()] = None) -> None:
        if token is None:
            return
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise HTTPException(
                401,
                "this endpoint needs the server's token: Authorization: Bearer TOKEN",
                headers={"WWW-Authenticate": "Bearer"},
            )

    # ---- pages -------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        q: str = "",
        quotes: bool = False,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> HTMLResponse:
        page = (store.search_quotes if quotes else store.search)(q, PAGE_SIZE, offset)
        return templates.TemplateResponse(
            request,
            "search.html",
            {
                "page": page,
                "q": q,
                "quotes": quotes,
                "offset": offset,
                "size": PAGE_SIZE,
                "counts": store.counts(),
            },
        )

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: int) -> HTMLResponse:
        article = store.article(article_id)
        doc = store.document(article_id)
        if article is None or doc is None:
            raise HTTPException(404, f"no article {article_id}")
        return templates.TemplateResponse(
            request,
            "article.html",
            {
                "article": article,
                "doc": doc,
                "pieces": pieces(doc),
                "duplicates": store.duplicates_of(article_id),
            },
        )

    @app.get("/speaker", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(
        request: Request, name: str, offset: Annotated[int, Query(ge=0)] = 0
    ) -> HTMLResponse:
        page = store.search_quotes("", 100, offset, speaker=name)
        return templates.TemplateResponse(
            request, "speaker.html", {"name": name, "page": page, "offset": offset}
        )

    @app.get("/entity", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, name: str) -> HTMLResponse:
        mentions = store.entity_mentions(name)
        return templates.TemplateResponse(
            request, "entity.html", {"name": name, "mentions": mentions}
        )

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, type: str | None = None) -> HTMLResponse:
        type = type or None
        points = store.map_points(type, MAP_POINTS)
        return templates.TemplateResponse(
            request,
            "map.html",
            {
                "points": points,
                "listed": LISTED_POINTS,
                "type": type,
                "types": store.event_types(),
                "config": {"tiles": tile_url, "attribution": attribution, "points": points},
            },
        )

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(
        request: Request,
        type: str | None = None,
        by: Literal["day", "month"] = "day",
        at: str | None = None,
    ) -> HTMLResponse:
        type = type or None
        key = "" if at == "undated" else at or None  # the group of events with no date
        groups = store.timeline(type, by, key, per_group=500 if key is not None else 20)
        return templates.TemplateResponse(
            request,
            "timeline.html",
            {
                "groups": groups,
                "most": max((g.count for g in groups), default=0),
                "total": sum(g.count for g in groups),
                "type": type,
                "by": by,
                "at": at or None,
                "types": store.event_types(),
            },
        )

    # ---- JSON API ----------------------------------------------------------------------

    @app.get("/api/search", tags=["search"], response_model=dict[str, Any])
    def api_search(
        q: str = "",
        limit: Annotated[int, Query(ge=1, le=200)] = PAGE_SIZE,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Response:
        """Articles holding every word of ``q`` in any clitic form, newest first."""
        return _json(_page_json(store.search(q, limit, offset), limit, offset))

    @app.get("/api/quotes", tags=["search"], response_model=dict[str, Any])
    def api_quotes(
        q: str = "",
        speaker: str | None = None,
        limit: Annotated[int, Query(ge=1, le=200)] = PAGE_SIZE,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Response:
        """Quotes holding every word of ``q``; only those of ``speaker`` when given."""
        return _json(_page_json(store.search_quotes(q, limit, offset, speaker), limit, offset))

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(article_id: int) -> dict[str, Any]:
        """The stored article: its metadata and its contract document with every layer."""
        article = store.article(article_id)
        doc = store.document(article_id)
        if article is None or doc is None:
            raise HTTPException(404, f"no article {article_id}")
        return {
            "id": article.id,
            "key": article.key,
            "title": article.title,
            "author": article.author,
            "url": article.url,
            "source": article.source,
            "analyzed": article.analyzed,
            "duplicates": [
                {"key": d.key, "url": d.url, "source": d.source, "similarity": d.similarity}
                for d in store.duplicates_of(article_id)
            ],
            "document": doc.to_dict(),
        }

    @app.get("/api/speakers", tags=["people"])
    def api_speakers(limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
        """Speakers by how many of their statements are stored."""
        return [{"name": n, "quotes": c} for n, c in store.speakers(limit)]

    @app.get("/api/entities", tags=["people"])
    def api_entity(name: str) -> list[dict[str, Any]]:
        """Mentions of the entity whose canonical name is ``name``."""
        return [
            {"article_id": a, "title": t, "published": p, "text": x, "type": y}
            for a, t, p, x, y in store.entity_mentions(name)
        ]

    @app.get("/api/places", tags=["map"])
    def api_places(limit: Annotated[int, Query(ge=1, le=10000)] = 1000) -> list[dict[str, Any]]:
        """Places with coordinates and their articles, newest first (the points of a map)."""
        return store.place_points(limit)

    @app.get("/api/events", tags=["map"])
    def api_events(
        type: str | None = None, limit: Annotated[int, Query(ge=1, le=10000)] = 1000
    ) -> list[dict[str, Any]]:
        """Events (of one PLOVER ``type`` when given) with their articles, oldest first."""
        return store.event_list(type, limit)

    @app.get("/api/map", tags=["map"])
    def api_map(
        type: str | None = None, limit: Annotated[int, Query(ge=1, le=10000)] = 2000
    ) -> list[dict[str, Any]]:
        """Map points, most counted first: each place with coordinates, its mention count, the
        events placed there by type and its newest articles; only places of events of one
        PLOVER ``type`` (counted by those events) when given."""
        return store.map_points(type or None, limit)

    @app.get("/api/timeline", tags=["map"])
    def api_timeline(
        type: str | None = None,
        by: Literal["day", "month"] = "day",
        at: str | None = None,
        per_group: Annotated[int, Query(ge=0, le=1000)] = 20,
    ) -> list[dict[str, Any]]:
        """Events grouped by day or month, oldest first (undated last, key ""): each group's
        count, its count by type and up to ``per_group`` events; one group when ``at`` names
        it."""
        return [g.to_json() for g in store.timeline(type or None, by, at or None, per_group)]

    @app.get("/api/stats", tags=["store"])
    def api_stats() -> dict[str, int]:
        """How many articles, duplicates and layer items the store holds."""
        return store.counts()

    @app.post("/api/articles", tags=["articles"], dependencies=[Depends(check_token)])
    def api_add(article: NewArticle) -> dict[str, Any]:
        """Analyze and store one article (the token is needed when the server has one)."""
        if not nlp:
            nlp.append(Pipeline())
        info = ArticleInfo(
            key=article.id or article.url or "api",
            title=article.title,
            url=article.url,
            source=article.source,
        )
        try:
            record = Record(article.text, info, article.published)
            (outcome,) = Ingester(store, nlp[0]).ingest([record])
        except RasdError as err:
            raise HTTPException(422, str(err)) from None
        if outcome.status == "failed":
            raise HTTPException(422, outcome.reason or "failed")
        return {"status": outcome.status, "article_id": outcome.article_id}

    return app


def app_from_env() -> FastAPI:
    """The application for ``RASD_DB`` (and ``RASD_TOKEN``): what each worker process of
    ``rasd serve --workers N`` builds for itself."""
    import os

    return create_app(
        Store(os.environ.get("RASD_DB", "rasd.db")),
        os.environ.get("RASD_TOKEN"),
        tiles=os.environ.get("RASD_TILES", DEFAULT_TILES),
    )
