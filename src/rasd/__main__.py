"""``python -m rasd`` runs the ``rasd`` command."""

from rasd.cli import main

main()
