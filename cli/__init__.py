"""The ``chidao`` command line: thin Typer commands over library functions."""
