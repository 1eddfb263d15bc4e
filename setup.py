"""Only the opt-in compiled build lives here; everything else is in pyproject.toml.

``COREKIT_MYPYC=1 pip install .`` compiles the hot modules with mypyc (a C compiler is needed);
without it the wheel is pure Python. The modules listed are those where the pipeline spends its
Python time (README, "Speed"); the rest gains little and some trip mypyc.
"""

import os

from setuptools import setup

HOT = [
    "corekit/boilerplate.py",
    "corekit/names/core.py",
    "corekit/names/lexicon.py",
    "corekit/names/persons.py",
    "corekit/names/words.py",
    "corekit/quotes/__init__.py",
    "corekit/quotes/_cues.py",
    "corekit/quotes/_lexicon.py",
    "corekit/quotes/_marks.py",
    "corekit/quotes/_people.py",
]

ext_modules = []
if os.environ.get("COREKIT_MYPYC") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(HOT, opt_level="3")

setup(ext_modules=ext_modules)
