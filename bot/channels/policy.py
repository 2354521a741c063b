"""The dialogue policy: every patient message goes to the engine, then Rasa listens.

Rasa holds no consultation state (the engine keeps it in SQL), so there is only
one decision to make and it needs no history: after a message, run the engine's
action; after that, listen. `RulePolicy` reached the same answer by turning the
whole session's history into states twice a turn (about a tenth of the Rasa
server's CPU in a turn, py-spy); this reads the last action name. The test
stories (tests/conversations, run by `rasa test core`) check its predictions.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa.core.policies.policy import Policy, PolicyPrediction, SupportedData
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class OneActionPolicy(Policy):
    """Registered in config.yml as `bot.channels.policy.OneActionPolicy`."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"action": "action_consultation_turn", "priority": 6}

    @staticmethod
    def supported_data() -> SupportedData:
        return SupportedData.ML_AND_RULE_DATA

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain,
              **kwargs: Any) -> Resource:
        if self.config["action"] not in domain.action_names_or_texts:
            raise RasaException(f"OneActionPolicy: the domain has no action "
                                f"'{self.config['action']}'")
        with self._model_storage.write_to(self._resource):
            pass  # nothing to learn: the one decision is fixed
        return self._resource

    def predict_action_probabilities(
        self, tracker: DialogueStateTracker, domain: Domain,
        rule_only_data: Optional[Dict[str, Any]] = None, **kwargs: Any,
    ) -> PolicyPrediction:
        after_a_message = tracker.latest_action_name == ACTION_LISTEN_NAME
        chosen = self.config["action"] if after_a_message else ACTION_LISTEN_NAME
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(chosen)] = 1.0
        return self._prediction(probabilities)
