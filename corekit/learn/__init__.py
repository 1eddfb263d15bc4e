"""Learning an outlet's boilerplate from a sample of its articles.

Boilerplate repeats across the pages of one site while article text does not. The package reads a
sample (:mod:`.samples`), counts in how many distinct articles each line, line prefix, glued marker
phrase and tail shape occurs (:mod:`.lines`), turns what repeats into readable patterns
(:mod:`.patterns`), decides which of them are rules and checks them against the sample
(:mod:`.induce`), and writes a plugin package from templates (:mod:`.render`).
"""

from corekit.learn.induce import Evidence, Learned, Lesson, learn
from corekit.learn.samples import Sample, read_samples

__all__ = ["Evidence", "Learned", "Lesson", "Sample", "learn", "read_samples"]
