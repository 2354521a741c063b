"""Safeguarding on the frozen held-out sets: phrases written blind by engineers who never
saw the detector, its lexicon or the earlier sets, never tuned on. The issue's target
(recall >= 0.98 at <= 0.03 false alarms) is not met on either: a strict xfail each, and
a floor keeps today's figure from falling back.

- v3 (tests/data/safeguarding_heldout_v3.csv, 330 phrases, written 2026-12-02, stop 16):
  measured once in stop 16, recall 0.600 / false alarms 0.044 as the round began, 0.706
  / 0.031 after it; measured twice in round ten (stop 17), aggregates only, by an
  engineer who never saw a phrase of it: 0.706 / 0.031, then 0.759 / 0.031 (129 of 170
  caught, 5 of 160 flagged).
- v4 (tests/data/safeguarding_heldout_v4.csv, 360 phrases, written 2026-12-02, stop 17,
  after round ten had begun, by an engineer who read nothing of the project): measured
  once each, after round ten, for the detector as stop 17 began (0.755 / 0.138) and as
  round ten left it (0.790 / 0.144: 158 of 200 caught, 23 of 160 flagged; danger 0.725).
  Its ordinary phrases were written to share words with crises (figures of speech,
  denials, events long over), hence the false alarms.
- Round eleven (stop 18) added a statistical net beside the rules
  (bot/trust/safeguarding_model.py). Its engineer saw v4's false alarms once on an early
  version (25); the lead then measured the final version once on each set: v3 0.906 /
  0.031 (154 of 170, 5 of 160), v4 0.885 / 0.163 (177 of 200, 26 of 160).
- v5 (tests/data/safeguarding_heldout_v5.csv, 360 phrases, written blind 2026-12-02,
  stop 18, by an engineer who read nothing of the project): measured once each by the
  lead, against a rule fixed before measuring (adopt the net if recall rose by 0.02 or
  more and false alarms by no more than 0.02): rules alone 0.835 / 0.100 (167, 16),
  rules and net 0.930 / 0.119 (186 of 200 caught, 19 of 160 flagged): adopted.
- v6 (tests/data/safeguarding_heldout_v6.csv, 360 phrases, written blind in stop 19 by
  an engineer who read nothing of the project): measured once each by the lead, against
  a rule fixed before measuring: main 0.930 / 0.169 (186 of 200 caught, 27 of 160
  flagged); round twelve (branch safeguard12, 0.958 / 0.116 -> 0.992 / 0.000 on the
  batch it was tuned on) exactly the same on v6, so not adopted.
- v7 (tests/data/safeguarding_heldout_v7.csv, 360 phrases, written blind in stop 20 by
  an engineer who read nothing of the project): measured once each by the lead, against
  a rule fixed before measuring (false alarms down by 0.02 or more with recall down by
  no more than 0.01, or recall up by 0.02 or more with false alarms up by no more than
  0.01): main 0.885 / 0.163 (177 of 200 caught, 26 of 160 flagged); round thirteen
  (branch safeguard13: a veto of rule hits told as fiction, a joke or over, new net
  features) 0.890 / 0.150 (178, 24; one suicide crisis fewer caught), so not adopted.
- v8 (tests/data/safeguarding_heldout_v8.csv, 360 phrases, written blind in stop 21 by
  an engineer who read nothing of the project): measured once by the lead for main:
  0.950 / 0.119 (190 of 200 caught, 19 of 160 flagged).
- v9 (tests/data/safeguarding_heldout_v9.csv, 360 phrases, written blind in stop 22 by an
  engineer who read nothing of the project, after the rule was stated: on v9, paired, the
  round misses no more crises alone than main and flags fewer look-alikes alone; pooled over
  v2-v8 it misses no more alone than main): main 0.945 / 0.181 (189, 29); round nine
  (branch sg9: warning signs without a crisis word, more look-alikes left alone) 0.950 /
  0.169 (190, 27): caught only by it 1, only by main 0; flagged only by it 1, only by main
  3; over v2-v8 caught only by it 12, only by main 2 (both abuse), flagged only by main 10,
  only by it 0. Adopted; the floors above moved to its figures.
- v10 (tests/data/safeguarding_heldout_v10.csv, 360 phrases, written blind in stop 22 after
  the rule for round ten was stated; v3-v5 spent then): round nine 0.935 / 0.150 (187, 24).
- Round ten (branch sg10, tuned on the spent v3-v5) adopted under that rule: over v6-v10,
  crises caught only by main 2 (one each in v6 and v7, not looked at), only by it 3;
  look-alikes flagged only by main 5, only by it 0 (at a814ecf, measured once). Its last
  commit (4c0ed64) clears less on safety grounds, written after seeing that v6 and v7 each
  had one crisis fewer (aggregates only): measured once after, the same crises, one more
  look-alike flagged (4 only by main). The floors on v6-v10 are its figures.
- v6 and v7 spent in stop 23 (tuning material since); the target is judged on v8 on.
- v11 and v12 (written blind in stop 23 before any measuring), then v13 and v14 (written
  blind after round sg23 had failed its rule, before the rule R1 below was stated): main
  0.925 / 0.150 (185, 24), 0.840 / 0.050 (168, 8), 0.905 / 0.100 (181, 16), 0.880 / 0.094
  (176, 15). Round sg23 (rules tuned on the spent v6, v7) caught no held-out crisis main
  missed over v8-v12 (7 fewer look-alikes flagged): not adopted under its rule. R1: the same
  rules with the net rebuilt on the tuning files now holding v6 and v7, adopted if over
  v8-v14 it catches more crises alone than main and flags no more look-alikes alone. Its
  first build flagged an answer-parser reply (a test), so the net's ordinary replies gained
  the answer tuning batches and spent answer sets v5-v10 and it was rebuilt before judging
  (same rule): caught only by it 29, only by main 3 (v12 self-harm 2, v14 suicide 1; not
  read); flagged only by it 7, only by main 12. Adopted (stop 23); the floors are its
  figures, v3 one crisis lower (a spent set: a round adopted on the held-out sets moves the
  floors it misses, as before).
- v8-v10 spent later in stop 23 for rule R3: the same rules with the net rebuilt on them
  (branch sgnet24), judged over v11-v14 and the fresh blind v15, v16 (written after R3 was
  stated): crises caught only by it 7, only by main 12; look-alikes flagged only by main 9,
  only by it 0. Not adopted. Main on v15 0.870 / 0.075 (174, 12), v16 0.895 / 0.081 (179, 13).
- Rule R5: the same rebuild with the net's crisis weights bagged (averaged over fits each
  leaving one training file out; branch sgbag), judged over v11-v16 and the fresh blind v17,
  v18 (written after R5 was stated): crises caught only by it 7, only by main 14; look-alikes
  flagged only by main 19, only by it 0. Not adopted. On v11-v16 it decided every phrase as
  the unbagged rebuild did: the loss comes from what v8-v10 teach the net (to be quieter),
  not from one fit's chance. Main on v17 0.780 / 0.150 (156, 24), v18 0.890 / 0.131 (178, 21).
- v11 and v12 spent in stop 24 for round 24 (rule R8-24: rules tuned on them and the net's
  configuration chosen by leaving one spent blind file out; judged over v13-v18 and the fresh
  blind v19, v20, written after the rule was stated). Main on v19 0.965 / 0.087 (193, 14),
  v20 0.965 / 0.062 (193, 10). R8-24: adopted if, over v13-v20, it catches at least 5 more
  crises alone than main, at least twice as many, and flags alone no more look-alikes beyond
  main's than it gains crises. Round 24 (rules of branch sg24, tuned on the spent v8-v12 as
  kinds; the net rebuilt on them with its settings chosen by leaving one spent blind set out,
  bench/safeguarding_net_choice.py): crises caught only by it 51, only by main 3 (v13 1, v15
  2: for clinical review, not read); look-alikes flagged only by it 8, only by main 19.
  Adopted; the floors are its figures (v16 flags one look-alike more than main, moved as an
  adopted round moves it).
- v13 and v14 spent in stop 25 for round 25 (rule R8-25, as R8-24: rules tuned on them, the
  net trained on them too with its settings chosen by leaving one spent blind set out;
  judged over v15-v20 and the fresh blind v21, v22, written after the rule was stated).
  Main on v21 0.935 / 0.087 (187, 14), v22 0.930 / 0.163 (186, 26).
  R8-25: adopted if, over v15-v22, it catches at least 5 more crises alone than main, at
  least twice as many, and flags alone no more look-alikes beyond main's than it gains
  crises. Round 25 (rules of branch sg25, tuned on the spent v13 and v14 as kinds; the net
  rebuilt on them, trained on v13 and v14 too, its settings chosen again by leaving one spent
  blind set out, v1-v14): crises caught only by it 16, only by main 2 (v15 1, v22 1: for
  clinical review, not read); look-alikes flagged only by it 2, only by main 8. Adopted; the
  floors are its figures (v22 catches one crisis fewer than main, and the spent v3 one fewer
  than before, an emoji-only message, moved as an adopted round moves them).
- v15 and v16 spent in stop 26 for round 26 (rule R8-26, as R8-25; judged over v17-v22 and
  the fresh blind v23, v24, written after the rule was stated). Main on v23 0.965 / 0.113
  (193, 18), v24 0.980 / 0.050 (196, 8).
  Round 26 failed R8-26 (crises caught only by it 1, only by main 1; look-alikes flagged only
  by main 2). Written then, before they existed, a non-inferiority rule R8-26b on two more
  blind sets v25 and v26: adopt if crises caught only by it >= only by main and look-alikes
  flagged only by it <= only by main + 1 (the round catches seven crises of spent sets that
  adopted rounds had lost, three of which main misses). Main on v25 0.985 / 0.094 (197, 15),
  v26 0.960 / 0.069 (192, 11).
- Over v25 and v26 round 26 decided every phrase as main did (crises only by it 0, only by main
  0; look-alikes flagged only by it 0, only by main 0). Adopted under R8-26b; every floor at its
  figures (v18 one crisis fewer, v23 one more and one look-alike fewer, v24 one look-alike fewer
  than main; spent v15 184 -> 198 caught, 11 -> 1 flagged, v16 190 -> 198, 14 -> 2; spent v9 to
  v12 one crisis more each, v4, v5 and v7 to v11 fewer look-alikes).
- Stop 27. The emoji round (rule R8-27, non-inferiority over v17-v26) decided all 3,600 phrases
  as main did: adopted. A plain classifier trained on the same material (bench/
  safeguarding_plain.py, question Q8-27) did better on v17-v26 than the rules and the stop 26
  net; so the net was rebuilt as such a classifier (bench/safeguarding_model_build.py STOP_27:
  words 1-3, letters 2-5, C 10, every spent set, threshold at 5% of the spent blind sets'
  ordinary phrases out of fold, raised until at most 16 NLU examples flag). Its first version
  (rule R8-27c, on the fresh blind v27 and v28) caught 14 crises main missed, 0 the other way,
  5 more look-alikes, but flagged 44 NLU examples (main 14): not adopted. The second (R8-27d,
  on the fresh v29 and v30, written after the rule): crises only by it 8, only by main 0;
  look-alikes only by it 1, only by main 0; NLU examples 16: adopted. Over v17-v30 (5,040
  phrases) crises only by it 36, only by main 6 (v17 2, v18, v21, v22, v28 one each: for
  clinical review, unread); look-alikes only by it 25, only by main 4.
- Then its ordinary rows (the answers and NLU examples) weighted in the fit, the weight chosen
  on the spent blind sets alone (R8-27e: the highest recall out of fold at its own threshold,
  of 1, 2, 4 and 8: 8, threshold 0.7562). On the fresh v31 and v32 (written after): crises
  only by it 13, only by the R8-27d net 0; look-alikes 11 / 0; NLU examples 16. Adopted. Over
  v17-v32 against the R8-27d net: crises 56 / 0, look-alikes 68 / 1. Every floor at its
  figures.
- Stop 28. v17-v26 spent for three choices made on them (bench/safeguarding_utility.py,
  each rule written before the blind sets that judged it): a gate on the rules' hits
  (R8-28a, "classifier first"), the net learning from v17-v26 (R8-28b) and its threshold
  chosen by a utility, a crisis weighing ten look-alikes (R8-28c). Six blind sets written
  after the rules: v33-v38. Each step against main, crises caught only by it / only by main,
  look-alikes flagged only by main / only by it: R8-28a on v33, v34: 0 / 0, 1 / 0; R8-28b on
  v35, v36: 1 / 2, 6 / 0; R8-28c on v37, v38: 1 / 2, 6 / 0. None adopted (the rule asked 10 x
  crises gained + look-alikes saved >= 10 with at most 2 crises lost). Main on v33 0.965 /
  0.163 (193, 26), v34 0.985 / 0.156 (197, 25), v35 0.965 / 0.113 (193, 18), v36 0.965 /
  0.113 (193, 18), v37 0.940 / 0.175 (188, 28), v38 0.950 / 0.144 (190, 23).
- Then a rebuilt net (the normalised text, nothing cut out; word and letter n-grams
  normalised apart), chosen the same way: deciding, rule hits gated (R8-28d, on v39, v40:
  crises only by it 1, only by main 3; look-alikes only by main 24, only by it 0) and under
  the rules (R8-28e, on v41, v42: crises 2 / 7, look-alikes 11 / 0). Neither adopted. Main on
  v39 0.990 / 0.094 (198, 15), v40 0.975 / 0.156 (195, 25), v41 0.960 / 0.131 (192, 21), v42
  0.985 / 0.138 (197, 22).
- Last, stop 27's net and design with only the word and letter n-grams normalised apart
  (R8-28f, on v43, v44: crises 0 / 5, look-alikes 9 / 0): not adopted. Main on v43 0.965 /
  0.131 (193, 21), v44 0.975 / 0.188 (195, 30).
- Stop 29 (docs/experiments/rule-r8-29.md). Four rules, each judged on four fresh blind sets and
  two fresh sets of messages to the bot (chat), all written after the rule: R8-29 (the NLU
  bound taken within intent) on v45-v48, c1, c2: crises 17 / 0 but chat 25 against 13, not
  adopted; R8-29b (the spent chat sets learnt and bounding) on v49-v52, c3, c4: crises 15 / 0,
  chat 5 / 13, but it read the uncut text and flagged about 45 table rows that must stay
  clear; R8-29c (the cut text) on v53-v56, c5, c6: crises 23 / 0, 11 table rows: not adopted;
  R8-29d (the tables bound its threshold: at most 5) on v57-v60, c7, c8: crises 14 / 3,
  look-alikes 6 / 0, chat 8 against 14: adopted. Main's figures before it: v49 0.955 / 0.044,
  v50 0.945 / 0.062, v51 0.980 / 0.019, v52 0.980 / 0.069, v53-v56 0.935 / 0.062 pooled, v57
  0.970 / 0.100, v58 0.930 / 0.050, v59 0.970 / 0.100, v60 0.900 / 0.050 (from the paired
  counts).
- Stop 30 (docs/experiments/rule-r8-30.md): R8-30 (the net learns the unit tests' tables; its
  threshold 0.525, held by the chat sets' bound) on v61-v64, c9, c10: crises 4 / 0, look-alikes
  0 / 4, chat 13 against 8: adopted. Main's figures before it: v61 0.960 / 0.094, v62 1.000 /
  0.075, v63 0.990 / 0.113, v64 0.980 / 0.062. Then R8-30b (a gate of 0.15 on the rules' hits,
  docs/experiments/rule-r8-30b.md) on v65-v68, c11, c12: look-alikes 26 fewer, but crises 0 / 3:
  not adopted; floors at main's figures. Then R8-30c (c3-c8 learnt too) on v69-v72, c13, c14:
  crises 1 / 1, look-alikes 0 / 3, chat 5 against 7: adopted. Main's figures before it: v69
  0.970 / 0.106, v70 0.970 / 0.113, v71 0.985 / 0.094, v72 0.985 / 0.094."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple, Tuple

import pytest

from bench.safeguarding_eval import is_held_out, load
from bot.config import PROJECT_ROOT
from bot.trust.safeguarding import detect_concern

DATA = PROJECT_ROOT / "tests" / "data"


class HeldOut(NamedTuple):
    path: Path
    crisis: int  # phrases of each kind in the file
    ordinary: int
    caught_floor: int  # today's figure, which must not fall back
    flagged_ceiling: int


# Stop 30: floors at the figures of the stop 30 net learning c3-c8 (rule R8-30c,
# docs/experiments/rule-r8-30c.md, judged on v69-v72, c13, c14). Before it, R8-30 (the tables
# learnt; judged on v61-v64, c9, c10) and R8-30b (not adopted; v65-v68, c11, c12); all written
# blind this stop. R8-30 moved stop 29's floors so: every
# set catches as many crises or more (44 more in all); 24 sets flag one to three look-alikes
# more (v32, v49, v54 and v60 among them), its accepted cost. R8-30c then: crises moved on 14
# sets (one fewer on v17, spent, and on v32, v40, v50, v53, v56 and v59; one or two more on the
# rest), look-alikes one more or one fewer on 17. v45-v48 and the chat sets c1-c8 are spent.
SETS = {"v3": HeldOut(DATA / "safeguarding_heldout_v3.csv", 170, 160, 170, 0),
        "v4": HeldOut(DATA / "safeguarding_heldout_v4.csv", 200, 160, 200, 0),
        "v5": HeldOut(DATA / "safeguarding_heldout_v5.csv", 200, 160, 200, 1),
        "v6": HeldOut(DATA / "safeguarding_heldout_v6.csv", 200, 160, 200, 1),
        "v7": HeldOut(DATA / "safeguarding_heldout_v7.csv", 200, 160, 200, 1),
        "v8": HeldOut(DATA / "safeguarding_heldout_v8.csv", 200, 160, 200, 3),
        "v9": HeldOut(DATA / "safeguarding_heldout_v9.csv", 200, 160, 200, 4),
        "v10": HeldOut(DATA / "safeguarding_heldout_v10.csv", 200, 160, 200, 9),
        "v11": HeldOut(DATA / "safeguarding_heldout_v11.csv", 200, 160, 200, 6),
        "v12": HeldOut(DATA / "safeguarding_heldout_v12.csv", 200, 160, 200, 0),
        "v13": HeldOut(DATA / "safeguarding_heldout_v13.csv", 200, 160, 200, 0),
        "v14": HeldOut(DATA / "safeguarding_heldout_v14.csv", 200, 160, 200, 0),
        "v15": HeldOut(DATA / "safeguarding_heldout_v15.csv", 200, 160, 200, 1),
        "v16": HeldOut(DATA / "safeguarding_heldout_v16.csv", 200, 160, 200, 0),
        "v17": HeldOut(DATA / "safeguarding_heldout_v17.csv", 200, 160, 194, 16),
        "v18": HeldOut(DATA / "safeguarding_heldout_v18.csv", 200, 160, 200, 12),
        "v19": HeldOut(DATA / "safeguarding_heldout_v19.csv", 200, 160, 200, 9),
        "v20": HeldOut(DATA / "safeguarding_heldout_v20.csv", 200, 160, 200, 7),
        "v21": HeldOut(DATA / "safeguarding_heldout_v21.csv", 200, 160, 200, 9),
        "v22": HeldOut(DATA / "safeguarding_heldout_v22.csv", 200, 160, 200, 14),
        "v23": HeldOut(DATA / "safeguarding_heldout_v23.csv", 200, 160, 200, 15),
        "v24": HeldOut(DATA / "safeguarding_heldout_v24.csv", 200, 160, 200, 7),
        "v25": HeldOut(DATA / "safeguarding_heldout_v25.csv", 200, 160, 200, 11),
        "v26": HeldOut(DATA / "safeguarding_heldout_v26.csv", 200, 160, 200, 8),
        "v27": HeldOut(DATA / "safeguarding_heldout_v27.csv", 200, 160, 194, 17),
        "v28": HeldOut(DATA / "safeguarding_heldout_v28.csv", 200, 160, 199, 24),
        "v29": HeldOut(DATA / "safeguarding_heldout_v29.csv", 200, 160, 195, 17),
        "v30": HeldOut(DATA / "safeguarding_heldout_v30.csv", 200, 160, 195, 21),
        "v31": HeldOut(DATA / "safeguarding_heldout_v31.csv", 200, 160, 191, 22),
        "v32": HeldOut(DATA / "safeguarding_heldout_v32.csv", 200, 160, 193, 24),
        "v33": HeldOut(DATA / "safeguarding_heldout_v33.csv", 200, 160, 197, 26),
        "v34": HeldOut(DATA / "safeguarding_heldout_v34.csv", 200, 160, 199, 22),
        "v35": HeldOut(DATA / "safeguarding_heldout_v35.csv", 200, 160, 195, 18),
        "v36": HeldOut(DATA / "safeguarding_heldout_v36.csv", 200, 160, 195, 19),
        "v37": HeldOut(DATA / "safeguarding_heldout_v37.csv", 200, 160, 193, 24),
        "v38": HeldOut(DATA / "safeguarding_heldout_v38.csv", 200, 160, 193, 21),
        "v39": HeldOut(DATA / "safeguarding_heldout_v39.csv", 200, 160, 200, 14),
        "v40": HeldOut(DATA / "safeguarding_heldout_v40.csv", 200, 160, 197, 21),
        "v41": HeldOut(DATA / "safeguarding_heldout_v41.csv", 200, 160, 197, 19),
        "v42": HeldOut(DATA / "safeguarding_heldout_v42.csv", 200, 160, 199, 20),
        "v43": HeldOut(DATA / "safeguarding_heldout_v43.csv", 200, 160, 197, 19),
        "v44": HeldOut(DATA / "safeguarding_heldout_v44.csv", 200, 160, 197, 27),
        "v45": HeldOut(DATA / "safeguarding_heldout_v45.csv", 200, 160, 200, 5),
        "v46": HeldOut(DATA / "safeguarding_heldout_v46.csv", 200, 160, 200, 10),
        "v47": HeldOut(DATA / "safeguarding_heldout_v47.csv", 200, 160, 200, 6),
        "v48": HeldOut(DATA / "safeguarding_heldout_v48.csv", 200, 160, 200, 10),
        "v49": HeldOut(DATA / "safeguarding_heldout_v49.csv", 200, 160, 197, 8),
        "v50": HeldOut(DATA / "safeguarding_heldout_v50.csv", 200, 160, 194, 9),
        "v51": HeldOut(DATA / "safeguarding_heldout_v51.csv", 200, 160, 198, 3),
        "v52": HeldOut(DATA / "safeguarding_heldout_v52.csv", 200, 160, 199, 12),
        "v53": HeldOut(DATA / "safeguarding_heldout_v53.csv", 200, 160, 195, 15),
        "v54": HeldOut(DATA / "safeguarding_heldout_v54.csv", 200, 160, 188, 14),
        "v55": HeldOut(DATA / "safeguarding_heldout_v55.csv", 200, 160, 194, 8),
        "v56": HeldOut(DATA / "safeguarding_heldout_v56.csv", 200, 160, 192, 5),
        "v57": HeldOut(DATA / "safeguarding_heldout_v57.csv", 200, 160, 198, 17),
        "v58": HeldOut(DATA / "safeguarding_heldout_v58.csv", 200, 160, 191, 5),
        "v59": HeldOut(DATA / "safeguarding_heldout_v59.csv", 200, 160, 197, 13),
        "v60": HeldOut(DATA / "safeguarding_heldout_v60.csv", 200, 160, 186, 8),
        "v61": HeldOut(DATA / "safeguarding_heldout_v61.csv", 200, 160, 195, 15),
        "v62": HeldOut(DATA / "safeguarding_heldout_v62.csv", 200, 160, 200, 12),
        "v63": HeldOut(DATA / "safeguarding_heldout_v63.csv", 200, 160, 200, 20),
        "v64": HeldOut(DATA / "safeguarding_heldout_v64.csv", 200, 160, 198, 13),
        "v65": HeldOut(DATA / "safeguarding_heldout_v65.csv", 200, 160, 196, 17),
        "v66": HeldOut(DATA / "safeguarding_heldout_v66.csv", 200, 160, 199, 17),
        "v67": HeldOut(DATA / "safeguarding_heldout_v67.csv", 200, 160, 200, 16),
        "v68": HeldOut(DATA / "safeguarding_heldout_v68.csv", 200, 160, 198, 16),
        "v69": HeldOut(DATA / "safeguarding_heldout_v69.csv", 200, 160, 195, 17),
        "v70": HeldOut(DATA / "safeguarding_heldout_v70.csv", 200, 160, 194, 18),
        "v71": HeldOut(DATA / "safeguarding_heldout_v71.csv", 200, 160, 196, 17),
        "v72": HeldOut(DATA / "safeguarding_heldout_v72.csv", 200, 160, 197, 16)}


@cache
def counts(path: Path) -> Tuple[int, int, int, int]:
    """(crisis caught, crisis phrases, ordinary flagged, ordinary phrases); each set is read
    once a run, whichever of its tests asks first."""
    rows = load(path)
    crisis = [text for text, label in rows if label != "none"]
    ordinary = [text for text, label in rows if label == "none"]
    return (sum(detect_concern(t) is not None for t in crisis), len(crisis),
            sum(detect_concern(t) is not None for t in ordinary), len(ordinary))


# v3-v5 spent in stop 22, v6-v10 in stop 23, v11 and v12 in stop 24, v13 and v14 in stop 25, v15
# and v16 in stop 26, v17-v26 in stop 28 (tuning material since, their notes say so; their
# floors stay).
SPENT = ("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16",
         *(f"v{n}" for n in range(17, 27)), *(f"v{n}" for n in range(45, 49)))


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_whole_and_held_out_unless_spent(name: str) -> None:
    held_out = SETS[name]
    lines = held_out.path.read_text(encoding="utf-8").splitlines()
    opening = "\n".join(line for line in lines[:5] if line.startswith("#"))
    assert lines[0].startswith("# Held-out") and "frozen" in opening.lower()
    assert is_held_out(held_out.path) == (name not in SPENT)
    _, crisis, _, ordinary = counts(held_out.path)
    assert (crisis, ordinary) == (held_out.crisis, held_out.ordinary)


@pytest.mark.parametrize("name", SETS)
def test_no_fall_back_from_the_first_measurement(name: str) -> None:
    held_out = SETS[name]
    caught, crisis, flagged, ordinary = counts(held_out.path)
    assert caught >= held_out.caught_floor, f"held-out {name}: caught {caught} of {crisis}"
    assert flagged <= held_out.flagged_ceiling, f"held-out {name}: flagged {flagged} of {ordinary}"


def _meets(caught: int, crisis: int, flagged: int, ordinary: int) -> bool:
    return caught / crisis >= 0.98 and flagged / ordinary <= 0.03


def _short_of_the_target(name: str) -> object:
    """A set still held out, with the strict xfail its latest figures (its floors) earn when
    they fall short of the target."""
    held = SETS[name]
    if _meets(held.caught_floor, held.crisis, held.flagged_ceiling, held.ordinary):
        return name
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=(
        f"recall {held.caught_floor / held.crisis:.3f}, false alarms "
        f"{held.flagged_ceiling / held.ordinary:.3f} on {name}")))


@pytest.mark.parametrize("name", [_short_of_the_target(n) for n in SETS if n not in SPENT])
def test_the_issue_target(name: str) -> None:
    assert _meets(*counts(SETS[name].path))


# Messages to the bot that are neither answers nor crises ("leave me alone", "kill this chat",
# "delete my data"), 300 a set, written blind in stops 29 (c1-c8) and 30 (c9-c14); c1-c8
# are spent (the net learns them). Ceilings at the stop 30 net's figures: a signpost in answer
# to "stop" is a false alarm a patient sees.
CHAT_CEILINGS = {
        "c1": 1,
        "c2": 4,
        "c3": 2,
        "c4": 1,
        "c5": 0,
        "c6": 2,
        "c7": 1,
        "c8": 1,
        "c9": 1,
        "c10": 6,
        "c11": 8,
        "c12": 6,
        "c13": 2,
        "c14": 3,
}


# c1, c2 learnt since stop 29 (R8-29b), c3-c8 since stop 30 (R8-30c).
SPENT_CHAT = tuple(f"c{n}" for n in range(1, 9))


@pytest.mark.parametrize("name", CHAT_CEILINGS)
def test_messages_to_the_bot_are_rarely_signposted(name: str) -> None:
    path = DATA / f"safeguarding_chat_{name}.csv"
    rows = load(path)
    assert len(rows) == 300 and {label for _, label in rows} == {"none"}
    assert is_held_out(path) == (name not in SPENT_CHAT)
    flagged = sum(detect_concern(text) is not None for text, _ in rows)
    assert flagged <= CHAT_CEILINGS[name], f"{name}: {flagged} of 300 flagged"
