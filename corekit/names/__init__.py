"""Names in an article: people, places and organisations under canonical names.

``find_names`` is what the built-in generic plugin calls; ``load_aliases``
reads the user's ``--aliases FILE``.
"""

from corekit.names.aliases import load_aliases
from corekit.names.core import find_names

__all__ = ["find_names", "load_aliases"]
