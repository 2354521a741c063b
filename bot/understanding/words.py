"""Vocabulary: number words, ordinals and the phrases patients use.

Phrases are written as they look after `parsing_text.words`: lower case,
apostrophes dropped ("don't" -> "dont"), no punctuation.
"""

from __future__ import annotations

from typing import Dict, FrozenSet, List, Tuple

from bot.scripts.questions import FFT_OPTIONS
from bot.understanding.text import phrase_table

VERY_GOOD, GOOD, NEITHER, POOR, VERY_POOR, DONT_KNOW = FFT_OPTIONS
YES, NO, UNSURE = "Yes", "No", "unsure"

# --- numbers ---------------------------------------------------------------

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spellings(number: int) -> List[str]:
    """Every way we accept `number` (0-999) in words: "a hundred and five", "forty two"."""
    if number < 20:
        return [_UNITS[number]]
    if number < 100:
        tens, unit = divmod(number, 10)
        return [_TENS[tens - 2] + ("" if unit == 0 else " " + _UNITS[unit])]
    hundreds, rest = divmod(number, 100)
    heads = [f"{_UNITS[hundreds]} hundred"] + (["a hundred"] if hundreds == 1 else [])
    if rest == 0:
        return heads
    return [f"{h}{sep}{tail}" for h in heads for sep in (" and ", " ") for tail in _spellings(rest)]


# Spelled-out numbers are small in practice; larger ones arrive as digits.
NUMBER_WORDS: Dict[Tuple[str, ...], int] = {
    tuple(spelling.split()): n for n in range(1000) for spelling in _spellings(n)
}
NUMBER_WORDS.update({("once",): 1, ("twice",): 2, ("thrice",): 3, ("nil",): 0, ("nought",): 0})
# The words number words are spelt with ("twenty", "one", "hundred", "and"): for `canon`.
NUMBER_WORD_PARTS = frozenset(word for spelling in NUMBER_WORDS for word in spelling)

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
).split()
LAST = -1  # resolved against the number of options
ORDINALS: Dict[str, int] = {word: i + 1 for i, word in enumerate(_ORDINAL_WORDS)}
ORDINALS.update({f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}": n
                 for n in range(1, 21)})
ORDINALS.update({"last": LAST, "final": LAST})

# --- shared word lists -----------------------------------------------------

# Words that reverse or blur what follows; a match next to one is not trusted.
NEGATORS: FrozenSet[str] = frozenset(
    "not no never dont didnt doesnt isnt wasnt werent arent aint cant couldnt cannot "
    "wouldnt wont shouldnt havent hasnt hadnt neednt mustnt "
    "dinnae didnae cannae wasnae havenae hasnae wouldnae isnae doesnae willnae "
    "wisnae disnae huvnae havnae couldnae shouldnae widnae didna canna wisna dinna".split()
)
# Politeness and hesitation at either end of a reply carry no meaning.
EDGE_FILLERS: FrozenSet[str] = frozenset(
    "please pls plz thanks thank you ta thx ty x xx um umm erm er uh hmm well so oh ok okay "
    "i id ill im think its it is was go going with for say pick picking choose want like "
    "would guess probably maybe mine my answer defo deffo def definitely prob probs mostly "
    "usually normally tbh lol lmao haha innit ngl tho though honestly really thankfully tbf "
    "actually obviously".split()
)
ARTICLES: FrozenSet[str] = frozenset("the a an my at to in went go da tha me".split())
# Too common to identify an option on their own ("in" must not pick "Walk-in centre").
STOPWORDS: FrozenSet[str] = frozenset(
    "a an the of in on at to for and or with by from is it my i me we you".split()
)
# Words of a label that say how much, when or how, not which option: "after" of "After 5pm"
# or "times" of "A few times a week" never picks that option out of a sentence by itself.
GENERIC_WORDS: FrozenSet[str] = frozenset(
    "after before under over more less than every each most many few some once twice week weeks "
    "day days month months year years time times hour hours minute minutes about other else "
    "something someone somewhere thing things anything nothing really very quite never always "
    "often usually with without into from have had been being went going used using want need "
    "help there their where which while still support advice service services information info "
    "people person place".split()
)
NUMBER_PREFIXES: FrozenSet[str] = frozenset(
    "option options opt optn op number numbers num nr no choice choices answer letter".split()
)
# Words that make "the n-th one" mean just "the n-th".
ORDINAL_FILLERS: FrozenSet[str] = frozenset("the one ones option answer choice".split())

# --- skip ------------------------------------------------------------------

SKIP_FILLERS: FrozenSet[str] = frozenset(
    "please pls plz thanks thank you ta thx ty x xx sorry um erm er uh hmm oh ok okay just "
    "can could i id ill we lets let me like to want wanna would will for now mate actually "
    "really honestly".split()
)
SKIP_PHRASES: FrozenSet[Tuple[str, ...]] = frozenset(
    tuple(phrase.split())
    for phrase in (
        "skip|pass|next|skip it|skip this|skip this one|skip that|skip that one|skip question|"
        "skip this question|skip the question|skipping|next question|next one|move on|"
        "pass on this|pass on that|pass on this one|prefer not to say|prefer not to answer|"
        "prefer not|rather not say|rather not answer|rather not|dont want to answer|"
        "dont want to say|do not want to answer|do not want to say|not answering|"
        "no comment|not telling|not saying|none of your business|pass this one|"
        "none of ur business|none of yer business"
    ).split("|")
)

SKIP_WORDS: FrozenSet[str] = frozenset(w for phrase in SKIP_PHRASES for w in phrase) | SKIP_FILLERS

# --- yes / no --------------------------------------------------------------

YES_NO_PHRASES = phrase_table({
    YES: "yes|y|yy|yeah|yea|ye|yee|yep|yup|yus|ya|yah|yas|yass|yaas|yeh|yh|yeahh|yesh|ayy|"
         "sure|sure thing|deffo|defo|def|defs|definitely|defiantly|of course|ofc|course|obvs|"
         "obviously|ok|okay|k|kk|correct|thats correct|thats right|that is right|true|exactly|"
         "i do|i have|ive|i did|i am|i was|i have yes|i do yes|i did yes|"
         "absolutely|aye|och aye|aye aye|aye i have|aye i do|certainly|indeed|affirmative|"
         "i think so|think so|totally|for sure|fs|yes please|go on|go on then|happy to|"
         "i would|i will|i agree|agree|too right|dead right|you bet|bet|say less|mhm|mhmm|"
         "uh huh|uhuh|yep yep|why not|no problem|nae bother|no bother|of course i have|"
         "of course i do|ja|si|oui|righto|right you are|100|yes definitely|yeah definitely|"
         "have yeah|did yeah|do yeah|yes mate|yeah mate|aye mate|yes i have|yes i do|"
         "aye defo|aye i huv|aye ah have|aye a have|ah have|i have it|yes i am|yes it is|"
         "totes|obvi|fr|facts|yessir|yes sir|ye bro|yh bro|yeah bro|yes bro|ys|yesh|yep yep|"
         "i have been|ive been|i have had|ive had|i have used|ive used|i do use|i use|"
         "i have done|ive done|been once|been twice|yes once|i did yes|had it|i had it|"
         "ive had it|had it done|got it|i got it|i did have it|had them|i had them|vaccinated|"
         "been vaccinated|im vaccinated|i am vaccinated|fully vaccinated|had the jab|had my jab|"
         "defo would|def would|deffo would|i would yeah|would yeah|yeah i would|yes i would|"
         "once|a few times|a couple of times|loads|loads of times|all the time|yes once|"
         "yeah once|i knew|i did know|yes i knew|yeah i knew|knew that|i knew that|yep knew|"
         "aye i knew|yeah i know|i know|course i did|of course i did|yass|yaass|yeahh|yea boi|"
         "100 percent|hundred percent|1000|ye ye|yeye|yeh yeh|yup yup|sure did|i sure have|"
         "ya i have|yh i have|ye i have|ye i do|yh i do|yeah i do|yeah i have|yeah i did|"
         "ye i did|yeah defo|yeah definitely|yes absolutely|bang on|spot on|correct yeah|"
         "yse|yeas|yesyes|yes yes|yeahyeah|yeah yeah|yep yeah|they did|she did|he did|it did|"
         "they have|they were|it was|they do|already do|i already do|already have|"
         "i already have|already did|i already did|already am|im already|already use it|"
         "i already use it|already got it|already on it|ydw|ydy|ydyn|ydan|oes|do siwr|"
         "wrth gwrs",
    NO: "no|n|nn|nah|na|naw|nae|noo|nay|nope|nop|nada|nein|non|no way|noway|no way jose|"
        "not really|never|never have|never did|never ever|not ever|i dont|i do not|i havent|"
        "i have not|ive not|i have never|ive never|i never|i didnt|i did not|i wasnt|"
        "i was not|im not|i am not|i wont|i will not|i wouldnt|i would not|i not|negative|"
        "no thanks|no thank you|no ta|nah ta|not at all|definitely not|def not|defo not|"
        "deffo not|absolutely not|certainly not|hell no|of course not|not for me|"
        "i dont think so|dont think so|not me|nothing|none|nowt|not once|no chance|"
        "not a chance|nae chance|no chance mate|as if|yeah nah|yeah no|nah never|no never|"
        "havent|have not|didnt|did not|dont|do not|not really no|no mate|nah mate|"
        "not likely|unlikely|no i havent|no i dont|no i didnt|nope never|not yet|"
        "not yet no|never been|never have no|not had it|havent had it|i havent had it|"
        "never had it|i never had it|not had one|havent had one|didnt have it|did not have it|"
        "no havent had it|hadnt|i hadnt|not had|havent had|no i havent had it|nah havent had it|"
        "no not had it|nah not had it|no never had it|not vaccinated|unvaccinated|"
        "not been vaccinated|never been vaccinated|havenae|i havenae|naw i havenae|didnae|"
        "i didnae|ah havenae|ah didnae|no i havenae|nah i havenae|i dinnae|dinnae|nah fam|"
        "no fam|no m8|nah m8|nup|nope nope|no bro|nah bro|na bro|"
        "probs not|prob not|probably not|prolly not|i doubt it|doubt it|doubtful|wouldnt|"
        "i wouldnt|would not|i would not|nah i wouldnt|no i wouldnt|defo not|deffo not|"
        "def not|hard no|big no|nah not really|not rly|nah not rly|no not really|never in a million|"
        "not in a million years|no ta|nah ta|no chance|nae danger|no danger|no way man|"
        "absolutely no|nope never|naa|naah|nahh|nahhh|nooo|nope not me|not me no|"
        "i havent no|no i havent|no i dont|nah i dont|no i didnt|nah i didnt|nah i havent|"
        "not at the moment|not right now|not currently|not anymore|not any more|no longer|"
        "not rn|not atm|not at the min|nah not rn|yeh nah|ye nah|yh nah|yea nah|ya nah|"
        "not that i know|not that i know of|not that i remember|not that i can remember|"
        "not that im aware of|not that i am aware of|not as far as i know|not to my knowledge|"
        "neva|nevr|nvr|nope nope nope|no no no|nonono|nah never have|"
        "course not|ofc not|obviously not|obvs not|course i havent|course i dont|course i didnt|"
        "naddo|nac ydw|nac ydy|nac oes|nag oes|nag ydw|dim diolch",
})
UNSURE_PHRASES = phrase_table({
    UNSURE: "not sure|unsure|dont know|do not know|dunno|idk|no idea|maybe|perhaps|"
            "possibly|sometimes|kind of|kinda|sort of|a bit|not certain|cant remember|"
            "dont remember|cant say|depends|it depends|idc|n a|aye right|"
            "sort of yes|might have|might do|may have|"
            "cant recall|i forget|dont care|50 50|"
            "dinnae ken|i dinnae ken|havent a scooby|not a scooby|no a scooby|no a clue|"
            "probably|probs|prob|prolly|i guess so|guess so|i suppose|suppose so|i reckon|"
            "if|only if|as long as|unless|only when|depends on|if it was|if they were|"
            "reckon so|likely|most likely|hopefully|i hope so|might|could be|possibly yeah|"
            "not a clue|no clue|idek|i dont even know|dont understand|do not understand|"
            "dont get it|dont get the question|what do you mean|dont know what you mean|"
            "not understanding|dont understand what|what does that mean|what does it mean|"
            "whats that mean|what is that|what are they|what is it",
})
YES_EMOJI = "👍✅✔☑👌💯🙌"
NO_EMOJI = "👎❌✖⛔🚫🙅"
# Openers that come before a yes/no without changing it ("um yeah").
YES_NO_OPENERS: FrozenSet[str] = frozenset(
    "um umm erm er uh ah oh well so hmm honestly lol haha i mean".split()
)

# --- multi choice ----------------------------------------------------------

ALL_PHRASES: FrozenSet[Tuple[str, ...]] = frozenset(
    tuple(p.split())
    for p in (
        "all|all of them|all of the above|all the above|all of these|all of those|all these|"
        "all those|everything|every one|the lot|all options|all of the options|all of|"
        "all the options|all of em|all of it|everyone|everybody|every option|every single one"
    ).split("|")
)
NONE_PHRASES: FrozenSet[Tuple[str, ...]] = frozenset(
    tuple(p.split())
    for p in "none|none of them|none of these|none of the above|none of those|nothing|"
    "neither|not any".split("|")
)
ALL_WORDS: FrozenSet[str] = frozenset(w for p in ALL_PHRASES for w in p) | frozenset(
    "except apart from but bar besides other than excluding without all everything".split()
)
# Between items of a multi-choice reply ("1 and 3", "bus or train").
SEPARATORS: FrozenSet[str] = frozenset("and or plus also then n amp".split())

YES_NO_WORDS: FrozenSet[str] = frozenset(
    word for table in (YES_NO_PHRASES, UNSURE_PHRASES) for key in table for word in key
)
