"""Building already-validated pydantic models quickly.

The extractor makes thousands of Claim, Fact and Amount objects from values of the right
types. `model_construct` skips validation but still walks every field's aliases and
defaults in Python; for these simple models (no aliases, no post-init, no extras, every
field given) `maker(cls)` sets up exactly the same instance state directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def maker(cls: type[M]) -> Callable[..., M]:
    """A keyword constructor for `cls` that must be given every field, already valid."""
    fields = tuple(cls.model_fields)
    simple = (not cls.__pydantic_post_init__ and not cls.__pydantic_root_model__
              and cls.model_config.get("extra") != "allow"
              and all(f.alias is None and f.validation_alias is None for f in cls.model_fields.values()))
    if not simple:
        return cls.model_construct
    new = cls.__new__
    setattr_ = object.__setattr__

    def make(**values: Any) -> M:
        m = new(cls)
        # what model_construct(**values) leaves when every field is given
        setattr_(m, "__dict__", {name: values[name] for name in fields})
        setattr_(m, "__pydantic_fields_set__", set(fields))
        setattr_(m, "__pydantic_extra__", None)
        setattr_(m, "__pydantic_private__", None)
        return m

    return make
