"""Optional compiled build of the extractor.

The project is pure Python and `pip install .` / `pip install -e .` stay so. With
TRANSFERBOT_COMPILE=1 the modules of bot/extract are compiled with mypyc (same
code, same output, about 1.5x the articles per second); the build then needs mypy
in the build environment, hence `pip install mypy` and `--no-build-isolation`:

    pip install mypy && TRANSFERBOT_COMPILE=1 pip install --no-build-isolation .

Do not combine it with `-e`: the compiled modules would then sit next to the
sources and shadow every later edit of them.
"""

import os
from pathlib import Path

from setuptools import setup

ext_modules = []
if os.environ.get("TRANSFERBOT_COMPILE") == "1":
    from mypyc.build import mypycify

    sources = sorted(str(p) for p in Path("bot/extract").glob("*.py"))
    ext_modules = mypycify(sources, opt_level="3")

setup(ext_modules=ext_modules)
