"""Every pipeline component is registered here, so any name in config.*.cfg is one search away."""

from . import extensions, sentences, tokenizer  # noqa: F401  (importing registers)
from .ner import component as ner_component  # noqa: F401  (pantau_ner)

extensions.register()
