"""What a pipeline stage is: one object, one method over the document, declared needs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from rasd.document import Document


class Stage:
    """A step of the pipeline. ``__call__`` reads the layers named in ``needs`` and fills those
    named in ``provides``; ``pipe`` may be overridden where a batch is faster than one by one.
    """

    name: ClassVar[str]
    needs: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
