"""Learning an outlet's boilerplate from a sample of its articles.

Boilerplate repeats across the pages of one site while article text does not. The package reads a
sample (:mod:`.samples`), counts in how many distinct articles each line, line prefix, glued phrase
and tail shape occurs (:mod:`.lines`), turns what repeats into readable patterns (:mod:`.patterns`),
decides which pieces are rules (:mod:`.induce`), drops those that cut a sentence only one article has
and finds the generic rules that do harm on the site (:mod:`.check`), learns detection evidence
(:mod:`.detection`), and writes a plugin package from templates (:mod:`.render`); :mod:`.lesson`
holds what was learned and :mod:`.report` says it in words.
"""

from corekit.learn.induce import learn
from corekit.learn.lesson import Evidence, Learned, Lesson
from corekit.learn.samples import Sample, read_samples

__all__ = ["Evidence", "Learned", "Lesson", "Sample", "learn", "read_samples"]
