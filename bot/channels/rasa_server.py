"""`python -m bot.channels.rasa_server run …`: Rasa's own command line, plus one shim.

The shim: Rasa 3.6.21 checks every action server reply with
`jsonschema.validate(result, schema)`, which first re-checks Rasa's own fixed
schema against the JSON-Schema metaschema. That re-check was 74% of the Rasa
server's CPU in a consultation turn (py-spy). The shim checks the schema once
and keeps the validator; replies are still validated exactly as before (same
validator class, same best-match error, same message), and an invalid reply
is still rejected (tests/channels/test_rasa_server.py). It refuses to apply to
any Rasa but the locked version, whose code it was written against.
"""

from __future__ import annotations

import sys
from typing import Any, Dict, List, Optional

LOCKED_RASA = "3.6.21"


class ShimRefused(RuntimeError):
    """The installed Rasa is not the version the shim was written for."""


def cache_response_validator(version: Optional[str] = None) -> None:
    import jsonschema
    import rasa
    from jsonschema.exceptions import ValidationError, best_match
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    installed = version or rasa.__version__
    if installed != LOCKED_RASA:
        raise ShimRefused(f"the action-response shim is for Rasa {LOCKED_RASA}, not {installed}: "
                          "check rasa/core/actions/action.py and update bot/channels/rasa_server.py")
    schema = RemoteAction.action_response_format_spec()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)  # once, instead of on every reply
    validator = validator_class(schema)

    def _validate_action_result(self: Any, result: Dict[str, Any]) -> bool:
        error: Optional[ValidationError] = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]


def main(argv: List[str]) -> None:
    cache_response_validator()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *argv]
    rasa_main()


if __name__ == "__main__":
    main(sys.argv[1:])
