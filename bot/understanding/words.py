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
    "dinnae didnae cannae wasnae havenae hasnae wouldnae isnae doesnae willnae".split()
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
        "no comment|not telling|not saying|none of your business|pass this one"
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
         "ye i did|yeah defo|yeah definitely|yes absolutely|bang on|spot on|correct yeah",
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
        "not at the moment|not right now|not currently|not anymore|not any more|no longer",
})
UNSURE_PHRASES = phrase_table({
    UNSURE: "not sure|unsure|dont know|do not know|dunno|idk|no idea|maybe|perhaps|"
            "possibly|sometimes|kind of|kinda|sort of|a bit|not certain|cant remember|"
            "dont remember|cant say|depends|it depends|idc|n a|aye right|"
            "sort of yes|might have|might do|may have|"
            "not that i know|not that i remember|cant recall|i forget|dont care|50 50|"
            "dinnae ken|i dinnae ken|havent a scooby|not a scooby|no a scooby|no a clue|"
            "probably|probs|prob|prolly|i guess so|guess so|i suppose|suppose so|i reckon|"
            "if|only if|as long as|unless|only when|depends on|if it was|if they were|"
            "reckon so|likely|most likely|hopefully|i hope so|might|could be|possibly yeah|"
            "not a clue|no clue|idek|i dont even know",
})
YES_EMOJI = "👍✅✔☑👌💯🙌"
NO_EMOJI = "👎❌✖⛔🚫🙅"
# Openers that come before a yes/no without changing it ("um yeah").
YES_NO_OPENERS: FrozenSet[str] = frozenset(
    "um umm erm er uh ah oh well so hmm honestly lol haha i mean".split()
)

# --- Friends and Family Test -----------------------------------------------

FFT_PHRASES = phrase_table({
    VERY_GOOD: "very good|v good|vg|very gd|excellent|great|brilliant|amazing|fantastic|"
               "awesome|outstanding|perfect|superb|wonderful|really good|so good|"
               "super good|extremely good|the best|best|lovely|incredible|class|"
               "really really good|vry good|pure dead brilliant|dead good|proper good|mint|"
               "proper mint|top notch|spot on|belter|ace|fab|fabulous|faultless|brill|"
               "couldnt be better|could not be better|couldnt fault it|cant fault it|"
               "couldnt have been better|could not have been better|couldnt ask for better|"
               "couldnt ask for more|cant complain at all|no complaints at all|"
               "above and beyond|went above and beyond|so so helpful|cant thank them enough|"
               "cannot fault it|couldnt fault them|10 10|exceptional|phenomenal|v v good|"
               "very very good|really great|unreal|banging|bangin|smashing|magic|stellar|"
               "flawless|immaculate|top|first class|5 5|excellant|exellent|amazin|"
               "really really great|so so good|very helpful|really helpful|chuffed|"
               "highly recommend|would highly recommend|5 stars|five stars|5 star|five star|"
               "reyt good|champion|pure brilliant|pure class|dead brilliant",
    GOOD: "good|gd|gud|pretty good|quite good|fairly good|decent|nice|positive|helpful|"
          "pleasant|satisfied|happy|pretty decent|solid|grand|canny|canny good|good enough|"
          "not bad at all|quite nice|decent enough|fairly decent|goodish|good ish|pretty gd|"
          "no complaints|satisfactory|all good|thumbs up|cool|happy with it|did the job|"
          "worth it|quite happy|fairly happy|pretty happy|reasonable|pretty nice|good tbh|"
          "sound|4 5|well good|yeah good|it was good|fine actually|good overall|"
          "good not great|good but not great|would recommend|id recommend|4 stars|four stars|"
          "4 star|four star|braw|barry|gid|pure good",
    NEITHER: "neither|neither good nor poor|neither good nor bad|neither good or bad|"
             "not good not bad|not good or bad|not bad not good|neither bad nor good|"
             "neither poor nor good|not good nor bad|ok|okay|k|fine|alright|"
             "all right|meh|average|so so|mixed|middling|mediocre|in between|"
             "in the middle|neutral|nothing special|could be worse|not bad|not too bad|"
             "so and so|mid|middle|middle of the road|half and half|50 50|fifty fifty|"
             "ok ish|okish|okayish|okay ish|alright ish|nothing to write home about|"
             "hit and miss|hit or miss|bit of both|a bit of both|mixed bag|a mixed bag|"
             "indifferent|passable|adequate|standard|normal|fine i guess|ok i guess|"
             "ok i suppose|alright i guess|alright i suppose|not great not terrible|"
             "not great not bad|not good but not bad|not bad but not good|somewhere in between|"
             "between|inbetween|average tbh|3 5|could be better could be worse|"
             "not the worst|neither here nor there|nowt special|nae bad|no bad|no too bad|"
             "ok not great|okay not great|fine not great|not bad not great|alright not great|"
             "3 stars|three stars|3 star|three star|awright|aw right|could of been worse|"
             "couldve been worse|could have been worse|could be worse tbh|its ok i suppose|fair|"
             "theyre alright|theyre ok|its alright|its ok",
    POOR: "poor|bad|pretty bad|quite bad|could be better|disappointing|unhelpful|"
          "negative|not great|not good|not very good|not the best|unhappy|pretty poor|"
          "quite poor|fairly poor|a bit poor|bit poor|bit rubbish|a bit rubbish|bit crap|"
          "a bit crap|a bit bad|bit bad|pants|naff|not good enough|below average|"
          "dissatisfied|unsatisfied|not happy|could have been better|could of been better|"
          "couldve been better|not that good|not so good|not very helpful|didnt help|"
          "sub par|subpar|lacking|iffy|dodgy|not brill|not brilliant|not amazing|"
          "poorish|bad ish|baddish|a bit disappointing|bit disappointing|2 5|not great tbh|"
          "no great|nae great|not very nice|not nice|not ideal|wouldnt recommend|"
          "would not recommend|2 stars|two stars|2 star|two star|rotten|no very good|"
          "nae very good|no good|nae good",
    VERY_POOR: "very poor|very bad|v bad|v poor|awful|terrible|horrible|rubbish|"
               "shocking|dreadful|appalling|really bad|so bad|the worst|worst|"
               "atrocious|crap|shit|useless|disgusting|abysmal|pathetic|really poor|"
               "vry bad|vry poor|dire|diabolical|woeful|a joke|a disgrace|disgraceful|"
               "horrendous|horrific|the pits|waste of time|a waste of time|"
               "total waste of time|absolute rubbish|absolute joke|bloody awful|proper bad|"
               "pure rubbish|mingin|minging|honking|shite|pish|pure pish|hopeless|"
               "worst ever|never again|0 10|1 5|terrible tbh|awfull|terible|horrid|"
               "really really bad|extremely poor|extremely bad|very very bad|so so bad|"
               "1 star|one star|0 stars|zero stars|never recommend|would never recommend|bogging|"
               "boggin|pure shite|pure mingin",
    DONT_KNOW: "dont know|do not know|not sure|unsure|dunno|idk|no idea|cant say|"
               "cannot say|hard to say|dont really know|not really sure|cant remember|"
               "dont remember|cannot remember|no opinion|hard to tell|not sure really|"
               "dont know really|i dunno|cant decide|couldnt say|could not say|dinnae ken|"
               "havent a scooby|not a scooby|no a clue|not a clue|no clue|dinnae know",
})
# "not great" -> Poor, "not bad" -> Neither: a negated answer lands in the middle or below.
FFT_NEGATED = {VERY_GOOD: POOR, GOOD: POOR, NEITHER: POOR, POOR: NEITHER, VERY_POOR: NEITHER}
# "very gud", "proper bad": an intensifier lifts Good to Very good and Poor to Very poor.
FFT_BOOSTERS: FrozenSet[str] = frozenset("very really so super proper dead well v vv extremely "
                                         "well really really".split())
FFT_INTENSIFIERS: FrozenSet[str] = frozenset(
    "very really so too that all particularly super overall quite".split()
)
FFT_EMOJI = {"👍": GOOD, "👎": POOR}
# What people say about one part of a visit (a person, the wait), not a verdict on it all:
# beside a verdict of the other kind, in another part of the reply, the reply is mixed.
FFT_PRAISE: FrozenSet[str] = frozenset(
    "nice lovely kind friendly helpful quick fast clean welcoming caring understanding patient "
    "reassuring polite sound sweet supportive brilliant great amazing good".split())
FFT_COMPLAINTS: FrozenSet[str] = frozenset(
    "rude slow late cold dismissive rushed unfriendly unhelpful ignored judgy judgemental "
    "judgmental patronising condescending dirty messy confusing stressful useless awful "
    "horrible terrible bad poor long ages forever moody arsey snappy sarcastic".split())
# Faces say roughly how it went, so on their own they are only offered as a guess.
FFT_FACES = {
    **dict.fromkeys("😍🥰🤩❤💯🌟⭐👏🙌", VERY_GOOD),
    **dict.fromkeys("😀😃😄😁🙂😊☺👌", GOOD),
    **dict.fromkeys("😐😑😶🫤", NEITHER),
    **dict.fromkeys("🙁☹😕😒😞😔", POOR),
    **dict.fromkeys("😡😠🤬😤💩🤮", VERY_POOR),
    **dict.fromkeys("🤷❓", DONT_KNOW),
}

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
FFT_WORDS: FrozenSet[str] = frozenset(word for key in FFT_PHRASES for word in key)
