"""The ``rasd serve`` command: the web page and JSON API over a store, on 127.0.0.1 unless
told otherwise. It imports the web stack only when run."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from rasd.ingest.commands import DbOption, _error, open_store


def serve(
    db: DbOption = "rasd.db",
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="RASD_TOKEN", help="Token that POST /api/articles asks for (env RASD_TOKEN)."
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option(help="Worker processes (each opens the store); 1 serves in-process.")
    ] = 1,
    tiles: Annotated[
        str,
        typer.Option(
            envvar="RASD_TILES",
            help="Tile server of the map page ({z}/{x}/{y} URL; 'none': offline map only).",
        ),
    ] = "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
) -> None:
    """Serve the search page, article and speaker pages and the JSON API (/docs)."""
    try:
        import uvicorn

        from rasd.web.app import create_app
    except ImportError as err:
        _error(f"the web page needs the web extra ({err.name} is missing): pip install 'rasd[web]'")
        raise typer.Exit(2) from None
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        typer.echo(
            f"rasd: note: listening on {host} with no token: anyone who reaches it may "
            "add articles",
            err=True,
        )
    store = open_store(db)  # migrates the schema once, before any worker opens it
    typer.echo(f"rasd: serving {store.url} on http://{host}:{port}/", err=True)
    if workers > 1:
        # each worker process builds its own app (and store) from the environment
        store.close()
        os.environ["RASD_DB"] = db
        os.environ["RASD_TILES"] = tiles
        if token:
            os.environ["RASD_TOKEN"] = token
        uvicorn.run(
            "rasd.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
        )
        return
    uvicorn.run(
        create_app(store, token=token or os.environ.get("RASD_TOKEN"), tiles=tiles),
        host=host,
        port=port,
        log_level="warning",
    )


def register(app: typer.Typer) -> None:
    app.command()(serve)
